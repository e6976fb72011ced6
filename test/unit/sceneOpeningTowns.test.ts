// A sentence that opens with where it happens (`At the Redfield mill in Westshire,`) and then names someone with an
// appositive: the town in the opening phrase is no address of the person's, and the name after its comma is the
// subject, not the town's region. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a town in a phrase of place opening the sentence', () => {
  it('gives the words to the name after the phrase, not to the place before its town', () => {
    // Each had gone to the place (`the Redfield mill`, `a rally`): the name had been read as the town's region.
    assert.deepStrictEqual(speakers('At the Redfield mill in Westshire, Ana Kral, a weaver with 20 years at the looms, said: "We have nothing left."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('At a rally in Dunmore, Ivo Peskar, a retired miner, said: "We will march again."'), ['Ivo Peskar']);
  });

  it('still reads a town and its region after a person described', () => {
    assert.deepStrictEqual(speakers('Mara Hollis, a nurse from Dunmore, Westshire, who has worked there for years, said: "It is hard."'), ['Mara Hollis']);
    assert.deepStrictEqual(speakers('In Kelport, Mara Hollis, a nurse from Dunmore, Westshire, who has worked there for years, said: "It is hard."'), ['Mara Hollis']);
  });
});
