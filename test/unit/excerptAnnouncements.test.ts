// A sentence that announces excerpts, the text or a transcript of someone's speech (`The following are excerpts from
// his speech.`) gives the paragraphs of bare quotation after it to that person, as `Peskar said:` would: state media
// and wire services print addresses that way. Invented sentences.
import * as assert from 'assert';
import { speakers } from '../support/quoteSpeakers';

describe('excerpts announced before paragraphs of quotation', () => {
  it('gives the excerpts to the owner the announcement names, by name or by pronoun', () => {
    // Both had been no one's.
    assert.deepStrictEqual(speakers('President Ivo Peskar addressed parliament on Friday. The following are excerpts from his speech.\n\n"We will not give up one metre of our land."\n\n"The votes in the east are a farce staged at gunpoint."'), ['Ivo Peskar', 'Ivo Peskar']);
    assert.deepStrictEqual(speakers('Lena Dorn spoke in Varna on Monday. Excerpts from Ivo Peskar\'s televised address follow.\n\n"We stand firm, and we will stand firm next year."'), ['Ivo Peskar']);
    assert.deepStrictEqual(speakers('Following is the text of the statement by Foreign Minister Ana Kral:\n\n"We condemn the votes held in the occupied districts."'), ['Ana Kral']);
  });

  it('takes the owner from the sentence before when the announcement names none', () => {
    assert.deepStrictEqual(speakers('President Ana Kral\'s address, delivered in the Grand Hall on Friday, lasted 37 minutes. The following are excerpts.\n\n"Today we sign the accords on four new districts."'), ['Ana Kral']);
  });
});
