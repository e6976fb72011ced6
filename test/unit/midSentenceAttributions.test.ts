// An attribution set off by commas in the middle of a sentence (`Despite his "…," lawyer Ana Kral wrote, Dorn is …`)
// and a label after `as being` (`defended the remark as being "…"`). Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('an attribution in the middle of a sentence', () => {
  it('reads a name that a lower-case role opens, as it reads a bare name', () => {
    assert.deepStrictEqual(speakers('Despite his "admittedly brash manner," lawyer Ivo Peskar wrote, Mr. Dorn is a devoted father.'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('For all the "noise and fury," public defender Ana S. Kral said, the appeal will fail.'), ['Ana S. Kral']);
    assert.deepStrictEqual(speakers('The "pose," veteran lawyer Ivo Peskar wrote, is new.'), ['Ivo Peskar']);
  });

  it('reads no one from a conjunction or from a group acting for the name', () => {
    assert.deepStrictEqual(speakers('The "pose," and Ivo Peskar said it twice, is new.'), [null]);
    assert.deepStrictEqual(speakers('It was a "pose," lawyers for Ivo Peskar said, and a sham.'), [null]);
  });
});

describe('a label after `as being`', () => {
  it('is the word of the subject who gives it, as after `as` alone', () => {
    assert.deepStrictEqual(speakers('Ivo Peskar later defended the comments as being "sarcastic and funny."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Ana Kral defended her remark as being "sarcastic."'), ['Ana Kral']);
  });

  it('stays a term where the sentence only says what something is', () => {
    assert.deepStrictEqual(speakers('The cats were "cuties."'), [null]);
    assert.deepStrictEqual(speakers('The plan is being "reviewed."'), [null]);
  });
});
