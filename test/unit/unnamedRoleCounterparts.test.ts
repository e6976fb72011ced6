// A readout's own holder of a role is often left unnamed (`The President spoke with President Ivo Peskar.`): a bare
// `the President` the text shows acting on a named president, or acted on by him, is someone else, and later words
// of `the President` are never his. Invented text; each had gone to the named president.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');
const speakers = (text: string) => analyzeText(text).quotes.map((q) => (q.speaker?.kind === 'person' ? q.speaker.name : null));
const WORDS = 'The President underscored that Alder "will never accept the seizure of the northern islands."';

describe('a bare role shown to be someone other than a named holder of it', () => {
  it('is not that holder', () => {
    assert.deepStrictEqual(speakers(P('The President spoke today with President Ivo Peskar of Norland.', WORDS)), [null]);
    assert.deepStrictEqual(speakers(P('The leaders met at noon, and President Ivo Peskar thanked the President for his help.', WORDS)), [null]);
  });

  it('is the other holder the text names acting (a guard: right before too)', () => {
    const text = P('Readout of President Kral\'s Call with President Peskar', 'President Ana Kral spoke today with President Ivo Peskar of Norland. ' + WORDS, 'The leaders met at noon, and President Peskar thanked the President for the "steady and generous support" of Alder.');
    assert.deepStrictEqual(speakers(text)[0], 'Ana Kral');
  });

  it('is still the one holder named where nothing sets the two apart', () => {
    assert.deepStrictEqual(speakers(P('President Ivo Peskar of Norland visited the port.', WORDS)), ['Ivo Peskar']);
    // A bare role opening another clause may be the same person again.
    assert.deepStrictEqual(speakers(P('President Ivo Peskar of Norland visited the port, and the President praised its crew.', WORDS)), ['Ivo Peskar']);
  });
});
