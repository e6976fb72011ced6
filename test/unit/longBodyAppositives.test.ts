// `The leader of the Varnian People's Front, Ivo Kral, blamed ...`, `The commander of the United Forces of Brask, Ivo
// Kral, better known as Tomcat, said ...`: a role at a body whose full name holds small words and a possessive, and a
// second name the person goes by, set off after the name. The named person is the subject a later `he` means (issue
// 7); the description had been, or the pronoun had reached past it to a man named before.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const saying = (text: string, words: string) => analyzeText(text).quotes.find((q) => q.text.includes(words))?.speaker?.name;

describe('a name set off after a role at a long body name', () => {
  it('reads past a possessive inside the body name', () => {
    const text = 'The leader of the main opposition Varnian People\'s Front, Dorin Talvek, blamed the cabinet. "They knew the risks," he said.';
    assert.strictEqual(saying(text, 'They knew'), 'Dorin Talvek');
  });

  it('reads past small words and a second name the person goes by', () => {
    const text = 'President Anselm Briedis said the truce would hold.\n\nThe commander of the United Forces of Brask, Pavo Lindqvist, better known by his nom de guerre Tomcat, said from exile that his men stood ready. "We keep our word," he said.';
    assert.strictEqual(saying(text, 'We keep'), 'Pavo Lindqvist');
  });
});
