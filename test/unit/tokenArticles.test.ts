// The article of a token in the word index's stream, found from a table of every 64th token's article.
import * as assert from 'assert';
import { TokenArticles } from '../../src/core/index/tokenArticles';

function firstTokens(lengths: readonly number[]): Int32Array {
  const first = new Int32Array(lengths.length + 1);
  lengths.forEach((n, a) => (first[a + 1] = first[a] + n));
  return first;
}

describe('the article of a token', () => {
  it('is the article whose tokens hold it, with empty, one-token and long articles on either side of every block edge', () => {
    const lengths = [0, 1, 63, 64, 65, 0, 0, 1, 1, 1, 700, 0, 2, 128, 3, 0];
    const first = firstTokens(lengths);
    const articles = new TokenArticles(first);
    for (let p = 0; p < first[first.length - 1]; p++) {
      const expected = lengths.findIndex((_, a) => first[a] <= p && p < first[a + 1]);
      assert.strictEqual(articles.of(p), expected, `token ${p}`);
    }
  });

  it('answers for a stream of many tiny articles and for one of no tokens at all', () => {
    const lengths = Array.from({ length: 500 }, (_, i) => i % 3);
    const first = firstTokens(lengths);
    const articles = new TokenArticles(first);
    for (let p = 0; p < first[first.length - 1]; p++) assert.ok(first[articles.of(p)] <= p && p < first[articles.of(p) + 1], `token ${p}`);
    assert.doesNotThrow(() => new TokenArticles(firstTokens([0, 0])));
    assert.doesNotThrow(() => new TokenArticles(firstTokens([])));
  });
});
