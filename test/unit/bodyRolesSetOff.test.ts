// A role of a body in capitals opening the sentence, then the holder's name set off (`The headteacher of Brookfield
// Academy, Martin Lowe, wrote`): the role is learnt as the holder's (rolesBeforeNames.ts), so a bare `the
// headteacher said` later in the article is theirs, past other people named between.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a role of a body set off before its holder\'s name', () => {
  it('gives the bare role later to its holder', () => {
    // Each had been the description `the headteacher` / `the director`.
    assert.deepStrictEqual(speakers('The headteacher of Brookfield Academy, Martin Lowe, wrote to parents. Parent Ana Pell was angry. "It is unfair," she said. "We will review it at Easter," the headteacher said.'), ['Ana Pell', 'Martin Lowe']);
    assert.deepStrictEqual(speakers('The director of the Harlow city museum, Ivo Kral, opened the wing.\n\nVisitor Tom Berg liked it. "It is wonderful," Berg said.\n\n"We waited ten years for this," the director said.'), ['Tom Berg', 'Ivo Kral']);
  });

  it('learns no role set off after a role inside a sentence, nor gives the bare role to someone else', () => {
    assert.deepStrictEqual(speakers('Parents met the headteacher of Brookfield Academy, Martin Lowe, and a governor. Parent Ana Pell was angry. "It is unfair," she said. "We will review it at Easter," the headteacher said.'), ['Ana Pell', 'the headteacher']);
  });
});
