// A passive verb of saying in a supposed clause (`if the result was confirmed "…"`) says what its subject is; the quote
// after it is the reporting verb's before it (`Laborde said that if …`), not words only supposed.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a passive verb of saying whose subject is what was said', () => {
  it('leaves the quote to the reporting verb before the supposed clause', () => {
    assert.deepStrictEqual(speakers('Ana Kral said that if the result was confirmed "there is no place for him on this team."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar warned that once the closure is announced "nobody will invest here again."'), ['Ivo Peskar']);
  });

  it('still leaves words supposed of a person, or asked of one, no one’s', () => {
    assert.deepStrictEqual(speakers('If Kral says "the port is dead," he is wrong.'), [null]);
    assert.deepStrictEqual(speakers('Kral said that if he is asked "he will say nothing."'), [null]);
  });
});
