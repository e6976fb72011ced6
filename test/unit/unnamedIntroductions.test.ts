// `A person familiar with the matter said ... "...," the person said`: investigative copy brings in an unnamed source
// after a named one, then refers back to the unnamed one with the same noun. Invented names throughout.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a definite description after someone unnamed was brought in with its noun', () => {
  it('leaves the words unnamed rather than giving them to the person named before', () => {
    // Each had gone to the one named first (Ana Kral, Piet Varga): a wrong speaker in an anonymous-source story.
    assert.deepStrictEqual(speakers('Ana Kral, the agency head, declined to comment. A person familiar with the plan said the firm had been warned. "They knew in May," the person said.').map((s) => s === 'Ana Kral'), [false]);
    assert.deepStrictEqual(speakers('Piet Varga said the vote was fair. One former official disagreed sharply. "It was rigged from the start," the official said.').map((s) => s === 'Piet Varga'), [false]);
  });

  it('leaves the words unnamed when the copy varies the noun of an anonymous source', () => {
    // `the insider` had gone to the co-star named before the source: a named star given a leak's words.
    assert.deepStrictEqual(speakers('Her co-star Nina Brell wrote: "Miss you." A source close to the pair said the split had been "years in the making." "They live apart now," the insider said.').map((s) => s === 'Nina Brell'), [true, false, false]);
    assert.deepStrictEqual(speakers('Tomas Holm, the coach, left early. An insider at the club said talks had stalled. "Nobody is speaking," the source said.').map((s) => s === 'Tomas Holm'), [false]);
  });

  it('still gives a description to the person named before when nobody new came in', () => {
    assert.deepStrictEqual(speakers('Ana Kral, the agency head, spoke on Monday. "They knew in May," the woman said.'), ['Ana Kral']);
    // A capital between the article and the noun ties the description to someone the text names (`a Kral aide`).
    assert.deepStrictEqual(speakers('Piet Varga, a veteran, spoke. "It was rigged," the veteran said.'), ['Piet Varga']);
  });
});
