// `In Kral's view, the plan "goes too far."`: a frame setting what follows in someone's view or telling gives the
// sentence's quoted words to that person, as `according to` does. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a view frame (`In X\'s view,`, `By X\'s account,`)', () => {
  it('gives the quote to the owner of the view', () => {
    assert.deepStrictEqual(speakers('Ivo Brandt chairs the board. In Ana Peskar\'s view, the plan "goes too far for a small port."'), ['Ana Peskar']);
    assert.deepStrictEqual(speakers('By Ana Peskar\'s account, the talks were "a waste of everyone\'s time."'), ['Ana Peskar']);
    assert.deepStrictEqual(speakers('In the view of Ana Peskar, the plan "goes too far for a small port."'), ['Ana Peskar']);
  });

  it('reads a possessive pronoun owner as the one last named of that sex', () => {
    assert.deepStrictEqual(speakers('Ivo Brandt left early. Ana Peskar stayed. In her view, the plan "goes too far."'), ['Ana Peskar']);
  });

  it('leaves a frame of time or place alone, and a quote some other owner claims', () => {
    assert.deepStrictEqual(speakers('By Tuesday, the plan was "dead in the water."'), [null]);
    // Only a frame opening the sentence: a view named after the quote is no attribution of it.
    assert.deepStrictEqual(speakers('Ivo Brandt spoke. Critics call the inquiry "a circus," and Brandt is right in his assessment of it.'), [null]);
    assert.deepStrictEqual(speakers('In Ivo Brandt\'s view, Ana Peskar\'s claim that the quay is "safe for ferries" is false.'), ['Ana Peskar']);
  });
});

describe('a person set off after `To` or `For` opening the sentence (`To Kral, …`)', () => {
  it('gives the quote to that person', () => {
    assert.deepStrictEqual(speakers('Ana Peskar runs the ferry. To Peskar, the new timetable is "a slow death for the island."'), ['Ana Peskar']);
    assert.deepStrictEqual(speakers('Ivo Brandt has fished here for decades. For Ivo Brandt, the closure of the harbour is "the end of everything."'), ['Ivo Brandt']);
  });

  it('leaves places, groups, times, joint owners and a source named after the frame to the other rules', () => {
    assert.deepStrictEqual(speakers('For Norvia, the vote was "a sham from start to finish."'), [null]);
    assert.deepStrictEqual(speakers('To date, the ferry company has called the claims "baseless."'), ['the ferry company']);
    assert.deepStrictEqual(speakers('Ana Peskar met Ivo Brandt. For Ana Peskar and her husband, the move was "bittersweet in every way."'), [null]);
    assert.deepStrictEqual(speakers('Ana Peskar met Ivo Brandt. For Peskar, according to Brandt, the vote is "a test of her nerve."'), ['Ivo Brandt']);
    assert.deepStrictEqual(speakers('Ana Peskar met Ivo Brandt. For Peskar, "the fight is not over yet," Brandt said.'), ['Ivo Brandt']);
  });
});

describe('`according to` a text from someone', () => {
  it('gives the quote to the text\'s sender, not to the text', () => {
    // Each had been the description `a statement`, `a letter`.
    assert.deepStrictEqual(speakers('According to a statement from Ana Peskar, the quay is "closed for good."'), ['Ana Peskar']);
    assert.deepStrictEqual(speakers('According to a letter from Ivo Brandt, the vote was "rigged from the start."'), ['Ivo Brandt']);
    assert.deepStrictEqual(speakers('According to a source from the ministry, the quay is "closed for good."'), ['a source']);
  });
});
