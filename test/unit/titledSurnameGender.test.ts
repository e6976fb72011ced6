// `Mr Kiptoo` in a text that names only Faith Kiptoo in full is another Kiptoo (a man): his courtesy title must not
// count as evidence of her sex, or her own `she said` no longer finds her. Invented text.
import * as assert from 'assert';
import { analyzeText } from '../../src/core/attribution/analyzeText';

function quotes(text: string): string[] {
  return analyzeText(text, { id: 'a' }).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);
}

describe('a courtesy title on a lone surname that a person of the other sex holds in full', () => {
  it('leaves her pronoun hers', () => {
    const text = 'Maria Hollis heard the news at home. Mr Hollis told the briefing that the driver "has the right to a second hearing." '
      + 'Asked about the crash, Maria Hollis was firm. "I braked as hard as the road would let me," she said.';
    assert.ok(quotes(text).includes('Maria Hollis: I braked as hard as the road would let me,'), quotes(text).join('\n'));
  });

  it('still counts a title of her own sex', () => {
    const text = 'Maria Hollis heard the news at home. Ms Hollis told the briefing she had "the right to a second hearing." '
      + '"I braked as hard as the road would let me," she said.';
    assert.ok(quotes(text).includes('Maria Hollis: I braked as hard as the road would let me,'), quotes(text).join('\n'));
  });
});
