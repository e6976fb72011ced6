// `Wren met the mayor, Leon Achterberg, on Monday.`: a role as an object, its holder's name set off after it, names
// the holder, so a later `the mayor said` (or a `he` after `The mayor looked up`) is that person. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const later = (opening: string) => speakers(`${opening}\n\n"I have the signatures," Wren said.\n\n"We all want libraries," the mayor said.`)[1];

describe('a role set off before its holder\'s name as an object', () => {
  it('names the holder, whom a later description of that role means', () => {
    // Each had been the description `the mayor`: only a role opening the sentence named its holder.
    assert.strictEqual(later('Tom Wren met the mayor, Leon Achterberg, on Monday.'), 'Leon Achterberg');
    assert.strictEqual(later('Tom Wren set the box down in front of the mayor, Leon Achterberg, and waited.'), 'Leon Achterberg');
    assert.strictEqual(later('Tom Wren wrote to the mayor, Leon Achterberg, who did not reply.'), 'Leon Achterberg');
    assert.strictEqual(later('Tom Wren met the mayor, Leon Achterberg.'), 'Leon Achterberg');
  });

  it('leaves the role alone where the name goes on as a subject, or a list may hold a third person', () => {
    assert.notStrictEqual(later('A letter to the mayor, Leon Achterberg, warned of cuts.'), 'Leon Achterberg');
    assert.notStrictEqual(later('Tom Wren met the mayor, Leon Achterberg, and Ana Peskar.'), 'Leon Achterberg');
  });
});
