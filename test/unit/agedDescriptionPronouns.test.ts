// `In Porvik, a 35-year-old shopkeeper said ... "…," he said`: an age says the description is a person's even when
// no word list knows its noun, so the `he` right after is that shopkeeper's (issue 7). The pronoun had reached past
// the unknown noun to a general named paragraphs before.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

describe('a pronoun after a description with an age', () => {
  it('stays with the described person instead of a man named before', () => {
    const text = 'General Tarek Valdane addressed his troops on Monday.\n\nIn Porvik, a 35-year-old shopkeeper said people were stocking up on flour. "We have seen this before," he said.';
    const quote = analyzeText(text).quotes.find((q) => q.text.includes('seen this before'));
    assert.notStrictEqual(quote?.speaker?.name, 'Tarek Valdane');
    assert.strictEqual(quote?.speaker?.kind, 'description');
  });
});
