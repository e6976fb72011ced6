// A compound modifier opening a sentence before a name (`Oscar-winning Ana Kral said`, `Banker-turned-politician Ana
// Kral said`) is capitalised only because it opens the sentence: the person is shown by name. Invented names.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('a compound modifier opening the sentence before a name', () => {
  it('is no part of the name shown', () => {
    // Each had been shown with the modifier (`Oscar-winning Ana Kral`), and a lone surname after one too.
    assert.deepStrictEqual(speakers('Oscar-winning Ana Kral said the film was "a triumph for the crew."'), ['Ana Kral']);
    assert.deepStrictEqual(speakers('Banker-turned-politician Ivo Brandt said the budget was "a mess from top to bottom."'), ['Ivo Brandt']);
    assert.deepStrictEqual(speakers('Ana Kral spoke first. Oscar-winning Kral said the film was "a triumph for the crew."'), ['Ana Kral']);
  });

  it('leaves a given name with a lower-case part after its hyphen whole', () => {
    assert.deepStrictEqual(speakers('Jae-in Moon said the talks were "useful for both sides."'), ['Jae-in Moon']);
  });
});
