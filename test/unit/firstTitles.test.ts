// `Deputy First Minister Ana Kral`: `First` before a capitalised role is part of the title, as `Police` is in `Police
// Chief Ana Kral`; read as a word no name holds, it had ended the speaker at `Deputy`. Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('`First` inside a capitalised title', () => {
  it('reads `Deputy First Minister Ana Kral` as Ana Kral, whom a later `she` means', () => {
    // Both had been `Deputy`, a description.
    assert.deepStrictEqual(speakers('Deputy First Minister Ana Kral, tipped to lead the party, said she felt "a real sense of loss". "But we go on," she said.'), ['Ana Kral', 'Ana Kral']);
  });

  it('gives a deputy\'s words under the office itself to no deputy', () => {
    assert.notDeepStrictEqual(speakers('Deputy First Minister Ana Kral opened the bridge. "It will carry a million people," the first minister said.'), ['Ana Kral']);
  });

  it('reads a sentence-opening `First deputy chairman Ivo Peskar` as Ivo Peskar, the subject of a quote after `telling`', () => {
    // Had been no one: `First` was read as no name's word, and the subject was lost with it.
    assert.deepStrictEqual(speakers('First deputy chairman Ivo Peskar went further, telling a trade fair that the outlook was "grimmer than any of us expected."'), ['Ivo Peskar']);
  });

  it('still reads `First, ...` as the adverb it is', () => {
    assert.deepStrictEqual(speakers('First, the minister Ana Kral thanked the crews. "They worked all night," she said.'), ['Ana Kral']);
  });
});
