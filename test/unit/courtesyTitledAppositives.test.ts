// Irish and British copy set the name off with a courtesy title alone: `The Taoiseach, Mr Ahern, said`, `The British
// Prime Minister, Mr Blair, had told`. The title says the commas hold a person as surely as a given name does, so the
// surname is the verb's subject (issue 7). The description had spoken instead, and was resolved to another article's
// holder of the office.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

describe('a courtesy title and a surname set off after a description', () => {
  it('gives a partial quote to the titled surname', () => {
    const text = 'The Varnian Prime Minister, Mr Dravek, had told reporters on Tuesday that he felt "the weight of the years" on his shoulders.';
    assert.strictEqual(analyzeText(text).quotes[0]?.speaker?.name, 'Dravek');
  });

  it('gives a quote after the speech verb to the titled surname', () => {
    const text = 'The Taoiseach, Mr Dunphy, said the deal was "a day we should treasure".';
    assert.strictEqual(analyzeText(text).quotes[0]?.speaker?.name, 'Dunphy');
  });
});
