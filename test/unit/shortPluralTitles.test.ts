// A title of several people written short (`Sens.`, `Drs.`, `Messrs.`) stands before their names, in the sentence
// that names them: it is no one's name, no headline's verb, and the names after it are learnt in full.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a plural title written short', () => {
  it('gives the quote to the people it titles, not to a person called `Drs` or `Messrs`', () => {
    assert.deepStrictEqual(speakers('"The ward is full," said Drs. Ana Kral and Ivo Lund, who run it.'), ['Ana Kral and Ivo Lund']);
    assert.deepStrictEqual(speakers('"We will appeal," said Messrs. Kral and Lund.'), ['Kral and Lund']);
  });

  it('lets the names after it be learnt in full where the words before it are capitalised too', () => {
    // `Take Kelport Republican Sens. …` had been read as a headline in title case (`Sens` its verb), its names unlearnt.
    const text = 'Take Kelport Republican Sens. Tom Kral and Ivo Lund. Last week, they backed the plan.\n\nKral and Lund have met the chair. "It is doable," Lund told the paper on Monday.';
    assert.deepStrictEqual(speakers(text), ['Ivo Lund']);
  });
});
