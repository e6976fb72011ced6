// Sports and wire copy write `per` for `according to` (`per ESPN`, `"...," per the coach`). Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('`per` before a name', () => {
  it('gives the quote to the name after `per`, before or after it', () => {
    assert.deepStrictEqual(speakers('The team lost again. "We were flat from the start," per Ivo Peskar.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('The team lost again. Per Ana Kral, "the locker room is fine."'), ['Ana Kral']);
  });

  it('keeps the speaker a sentence names with its verb', () => {
    assert.deepStrictEqual(speakers('"We were flat," Ana Kral said, per the Harbour Gazette.'), ['Ana Kral']);
  });
});
