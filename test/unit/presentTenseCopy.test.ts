// Live blogs and results services write in the present tense (`Kral holds Dresden`, `Kral says`): who the engine
// names for each quote in such copy, read on invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('present-tense copy of live blogs and results services', function () {
  this.timeout(60_000);

  it('ends a full name at a verb in -s whose object is one capitalised word, so a pronoun finds the subject', () => {
    // Read on as one phrase, `Dresden and Leipzig Ost` made a person of the seat, whom `she` then meant.
    assert.deepStrictEqual(speakers('Ana Kral holds Dresden and Leipzig Ost, the first seat to declare. In her speech she said voters had "chosen change".'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Ivo Peskar visits Harwich and Port Aldis. He said the ferry was "a lifeline".'), ['Ivo Peskar']);
  });
});
