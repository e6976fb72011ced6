// `Her daughter-in-law, Sela, 29, was more measured.`: a relative by marriage, written as one hyphenated word, names
// the person after it as any relative does, and tells her sex, so a later `she said` is hers, not the mother's. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const MOTHER = 'Farmers wait\n\n"We will stay all winter," Oda Vrana said.';

describe('a relative by marriage before a name set off', () => {
  it('makes the given name after `daughter-in-law` the subject a later pronoun means', () => {
    assert.deepStrictEqual(speakers(P(MOTHER, 'Her daughter-in-law, Sela, 29, who studied economics, was more measured. "We are not against reform," she said.')),
      ['Oda Vrana', 'Sela']);
  });

  it('makes a son-in-law named in full the subject a later `he` means', () => {
    assert.deepStrictEqual(speakers(P(MOTHER, 'Her son-in-law, Ravi Tond, was angrier. "They never asked us," he said.')),
      ['Oda Vrana', 'Ravi Tond']);
  });
});
