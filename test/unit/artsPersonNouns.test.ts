// The arts' and studios' agent nouns (`producer`, `songwriter`, `designer`) are nouns for people: a description of
// one set off before a name (`Its producer, Tam Brenner, told ...`) gives the quote to the name, as `Its director,
// ...` does. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('producers, songwriters and designers', () => {
  it('gives the words of `Its producer, X,` and `The label\'s songwriter, X,` to X, not to the description', () => {
    // Each had been the description's (`Its producer`): the name set off after an unknown noun was not read.
    assert.deepStrictEqual(speakers('Its producer, Tam Brenner, told a trade paper the song took months. "She had one verse and then vanished," he said.'), ['Tam Brenner']);
    assert.deepStrictEqual(speakers('The label\'s songwriter, Ana Kral, said: "We wrote it in a night."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('The show\'s designer, Ivo Peskar, said the set was built in a week. "It nearly broke us," he said.'), ['Ivo Peskar']);
  });
});
