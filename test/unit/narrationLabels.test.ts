// A word in quotation marks that labels the noun after it (`published a "sponsored" article`), in a clause with no
// verb of speech, or that a time phrase dates the narration by (`During these "referendums,"`): the writer holding
// the word at a distance, not words of the clause's subject or of an according-to's source. Invented sentences.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

function speakers(text: string): Array<string | null> {
  return analyzeText(text).quotes.map((q) => q.speaker?.name ?? null);
}

describe('a quoted word labelling the noun after it in narration', () => {
  it('gives no speaker to a quoted modifier between an article and its noun', () => {
    assert.deepStrictEqual(speakers('In April, Ivo Kral published a "sponsored" article in the Harbour Times about the ferries.'), [null]);
  });

  it('gives none to a quoted modifier of two words, and none of the noun taken for a determiner', () => {
    assert.deepStrictEqual(speakers('Councillor Maja Stenholt voted for a "fair share" levy on the ferry companies.'), [null]);
    // `a "reasonable suspicion" the files were lost`: the quote is the head, and a clause follows it.
    assert.deepStrictEqual(speakers('Judge Ivo Kral determined that the delay had created a "reasonable suspicion" the files were lost.'), ['Ivo Kral']);
  });

  it('keeps the subject’s word as the head of its phrase, and after a verb of speech', () => {
    assert.deepStrictEqual(speakers('Ivo Kral heralded the ferry deal as a "breakthrough" for the islands.'), ['Ivo Kral']);
    assert.deepStrictEqual(speakers('Ivo Kral called it a "shameful" decision by the board.'), ['Ivo Kral']);
  });

  it('gives no speaker to a word a time phrase dates the narration by, though an according-to names a source', () => {
    assert.deepStrictEqual(speakers('During these "referendums," the troops were checking houses and writing down names, according to Harbour Governor Ivo Kral.'), [null]);
    assert.deepStrictEqual(speakers('During the talks, the troops were "checking every house on the street," according to Harbour Governor Ivo Kral.'), ['Ivo Kral']);
  });
});
