// Gulf and Arabic-language wire copy sets a minister's full name with its patronymic (`bin`) off after the role.
// Invented sentences and names.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('a name with a patronymic set off after a role', () => {
  it('gives the quote to the named minister when the name comes before the verb', () => {
    const text = 'Varnia\'s foreign minister, Sheikh Khalid bin Faris Al Nuri, said the talks were at "a decisive stage."';
    assert.deepStrictEqual(speakers(text), ['Khalid bin Faris Al Nuri']);
  });

  it('gives the quote to the named minister when the name closes the sentence after `said`', () => {
    assert.deepStrictEqual(speakers('"We are close," said the prime minister, Khalid bin Faris.'), ['Khalid bin Faris']);
    assert.deepStrictEqual(speakers('"We are close," said Varnia\'s prime minister, Sheikh Khalid bin Faris Al Nuri.'), ['Khalid bin Faris Al Nuri']);
  });

  it('still leaves a lone given name set off after a role to the role', () => {
    assert.notStrictEqual(analyzeText('"We are close," said the prime minister, Khalid.').quotes[0].speaker?.kind, 'person');
  });
});
