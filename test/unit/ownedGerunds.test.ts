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

  it('never gives the sentence\'s subject the words an owner\'s saying in -ing takes', () => {
    // Each had been Dora Fenn's, who objected to the words.
    assert.deepStrictEqual(speakers(`${LEAD}Fenn objected to his calling her "a liar and a cheat."`), [null]);
    assert.deepStrictEqual(speakers(`${LEAD}Fenn objected to Holm's calling the budget "a fraud on the voters."`), [null]);
    // A noun in -ing after an owner says nothing of the words a verb of saying before it takes.
    assert.deepStrictEqual(speakers(`${LEAD}Fenn said her calling was "to serve the island."`), ['Dora Fenn']);
  });

  it('leaves a verb in -ing after a name its reading', () => {
    assert.deepStrictEqual(speakers(`${LEAD}Holm left the room, telling reporters: "We are done here."`), ['Marek Holm']);
  });
});
