// `In addition, aides say Ana Kral also advises her father on pay.` ¶ `"…," she said.`: when a group of unnamed people
// reports what a named person does, that person is whom a later `she` means; the pronoun had reached past the
// sentence to a woman quoted before. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a named person reported by a group', () => {
  it('is whom a later pronoun means', () => {
    const text = '"Women run half the firms," said Vera Lang, a professor.\n\nIn addition, aides say Ana Kral also advises her father on pay and child care.\n\n"Women are paid equally for the work," she said.';
    assert.deepStrictEqual(speakers(text), ['Vera Lang', 'Ana Kral']);
  });

  it('is not read when one person reports', () => {
    const text = '"Women run half the firms," said Vera Lang, a professor.\n\nLang says Ana Kral also advises her father on pay.\n\n"It is a start," she said.';
    assert.deepStrictEqual(speakers(text), ['Vera Lang', 'Vera Lang']);
  });
});
