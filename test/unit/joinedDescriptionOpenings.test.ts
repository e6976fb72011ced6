// `Preceded by Ivo Marsh, the county sheriff and road-tax hawk, Reddick launched into a speech`: an opening clause's
// name set off by a description joined with `and` is not the sentence's subject; the name with the verb is, and a
// later `he said` means that one. Stopping at `and` had left the opening's name the subject. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a description joined by `and` after an opening clause', () => {
  it('gives a later `he` to the subject of the main clause', () => {
    const text = 'Tom Reddick landed in Dunmore on Monday.\n\nPreceded at the lectern by Ivo Marsh, the county sheriff and road-tax hawk, Reddick launched into a lament for drivers.\n\n"We will fix every bridge!" he said to a cheer.';
    assert.deepStrictEqual(speakers(text), ['Tom Reddick']);
  });

  it('reads the plain description as before', () => {
    const text = 'Tom Reddick landed in Dunmore on Monday.\n\nPreceded by Ivo Marsh, the county sheriff, Reddick launched into a lament for drivers.\n\n"We will fix every bridge!" he said to a cheer.';
    assert.deepStrictEqual(speakers(text), ['Tom Reddick']);
  });
});
