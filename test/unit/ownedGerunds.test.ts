// A form in -ing after an owner (`in Fenn's telling`, `in his telling`) is a noun, not a verb of saying whose subject
// speaks: `The deal, in Fenn's telling, was "…"` is never the deal's words. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

const LEAD = 'Governor Marek Holm and senator Dora Fenn disagreed on the budget.\n\n';

describe('a form in -ing after an owner', () => {
  it('gives no thing before it the words', () => {
    // Each had been `The deal` [description], the subject of `telling` read as a verb.
    assert.ok(!speakers(`${LEAD}The deal, in Fenn's telling, was "never close to done."`).includes('The deal'));
    assert.ok(!speakers(`${LEAD}The budget, in her telling, was "never real."`).includes('The budget'));
  });

  it('leaves a verb in -ing after a name its reading', () => {
    assert.deepStrictEqual(speakers(`${LEAD}Holm left the room, telling reporters: "We are done here."`), ['Marek Holm']);
  });
});
