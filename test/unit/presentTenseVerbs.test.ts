// `Kral opens by saying "…"`, `Tom finds out first.`: a feature's present tense after a name, going on with `by` or
// `out`, is the name's verb, not a word of the name (the phrase had read on to `Kral opens`, `Tom finds out`, a
// description of no one, and a `he` after it had passed over Tom to the man named before). Invented text.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a verb in -s going on with `by` or `out` after a name', () => {
  it('gives a partial quote after `opens by saying` to the name before it', () => {
    assert.deepStrictEqual(speakers('Budget day\n\nIvo Kral delivers the budget at noon.\n\nKral opens by saying "the only way to grow is to invest".'), ['Ivo Kral']);
  });

  it('does not let a later `he` pass over the given name before `finds out` to a man named before', () => {
    assert.deepStrictEqual(speakers('Recap\n\nIvo Peskar is dead. Tom finds out first, by phone. "They are doing compressions," he says.'), [null]);
  });
});
