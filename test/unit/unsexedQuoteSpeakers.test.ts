// `She says she was told by a professor there that women "…". ¶ "…," she says.`: a profile follows its subject with
// `she`; the unnamed professor quoted in passing, whose sex nothing tells, does not take the next `she`. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/attribution/analyzeText';

const P = (...paragraphs: string[]) => paragraphs.join('\n\n');

function speakerOf(text: string, words: string): string {
  const quote = analyzeText(text, { id: 'a' }).quotes.find((q) => q.text.startsWith(words));
  return quote?.speaker?.name ?? '-';
}

describe('a pronoun after a sentence that quotes someone unnamed in passing', () => {
  it('stays with the subject the sentence opened with', () => {
    const text = P(
      'The surgeon who will not hurry',
      'Mira Holt arrives at the hospital forty minutes early, as she has for thirty years.',
      'She trained in Leeds in 1979. She says she was warned by a consultant there that women "do not last in theatre".',
      '"I did not answer him. I just stayed longer than anyone else," she says.',
    );
    assert.strictEqual(speakerOf(text, 'I did not answer'), 'Mira Holt');
    assert.strictEqual(speakerOf(text, 'do not last'), 'a consultant');
  });

  it('still gives the pronoun to the one quoted when the sentence\'s subject is another', () => {
    const text = P(
      'The surgeon who will not hurry',
      'Mira Holt arrives at the hospital forty minutes early, as she has for thirty years.',
      'A colleague says she is "the calmest person in the building".',
      '"I have never seen her raise her voice," she says.',
    );
    assert.strictEqual(speakerOf(text, 'I have never seen'), 'A colleague');
  });
});
