// `Dean` before a surname is the person's given name, not a dean's title: news names a dean `the dean of ...`. Read as
// a title, the lone surname had gone to another person the texts know by it. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { speakers } from '../support/quoteSpeakers';

describe('Dean before a surname', () => {
  it('keeps `Dean` in the name of the person who speaks', () => {
    assert.deepStrictEqual(speakers('Dean Holloway, a 55-year-old plumber from Westbury, said he had made up his mind. "I want roads fixed," Holloway said.'), ['Dean Holloway']);
    assert.deepStrictEqual(speakers('"The numbers do not add up," said Dean Okafor, co-director of the Centre for Fair Budgets.'), ['Dean Okafor']);
  });

  it('never gives the words to another person of that surname the text names', () => {
    const text = 'Senator Marcus Holloway opened the fair on Monday.\n\nDean Holloway, a 55-year-old plumber from Westbury, watched from the back. "I want roads fixed," Holloway said.';
    const quote = analyzeText(text).quotes[0];
    assert.notStrictEqual(quote.speaker?.name, 'Marcus Holloway');
  });

  it('still reads `Dean` with a full name after it as a title', () => {
    assert.deepStrictEqual(speakers('"We admit on merit," said Dean Ana Kral of the law school.'), ['Ana Kral']);
  });
});
