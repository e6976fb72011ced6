import * as assert from 'assert';
import { buildCorpusIndex, normalizePhrase } from '../../src/core';
import { createGenerator, seededRandom } from '../support/generateCorpus';
import { indexOf } from '../support/memoryCorpus';

describe('looking up quotes by their wording', () => {
  const index = indexOf({
    port: 'Harbour Master Ilse Varga said: "We will need every crane we can find." Mayor Tobias Renn added: "The market stays open, storm or no storm."',
    budget: '“Every euro we spend on the dykes is a euro we save on the floods,” Finance Minister Ada Morel said.',
  });

  it('completes the start of a quote with the exact words, speaker and source', () => {
    const [first] = index.complete('We will ne', 5);
    assert.deepStrictEqual([first.quote, first.speaker?.name, first.location.sourceId], ['We will need every crane we can find.', 'Ilse Varga', 'port']);
    assert.strictEqual(first.context, 'Harbour Master Ilse Varga said: "We will need every crane we can find."');
  });

  it('completes from a word inside a quote', () => {
    assert.deepStrictEqual(index.complete('storm or n', 5).map((c) => c.quote), ['storm or no storm.']);
    // Whole words typed (the last one finished by a space), from inside a quote.
    assert.deepStrictEqual(index.complete('need every ', 5).map((c) => c.quote), ['need every crane we can find.']);
  });

  it('forgives typos and words out of order when nothing begins with the words typed', () => {
    assert.deepStrictEqual(index.complete('evrey euro we spnd', 3).map((c) => c.speaker?.name), ['Ada Morel']);
    assert.deepStrictEqual(index.complete('market open stays', 3).map((c) => c.speaker?.name), ['Tobias Renn']);
    assert.deepStrictEqual(index.complete('nothing like these words', 3), []);
  });

  it('finds passages by their words, quotes and sentences, scored 0 to 1', () => {
    const [best] = index.find('cranes need find', 3);
    assert.strictEqual(best.kind, 'quote');
    assert.strictEqual(best.text, 'We will need every crane we can find.');
    assert.ok(best.score > 0 && best.score <= 1);
  });

  it('offers, among hundreds of articles, every quote that begins with the words typed, the last one unfinished', () => {
    const generator = createGenerator('the council met on monday to discuss the budget and the harbour plans', 11, 60);
    const index = buildCorpusIndex(Array.from({ length: 400 }, (_, i) => generator.article(i)));
    const quotes = index.articles.flatMap((a) => a.quotes.filter((q) => !q.isTerm).map((q) => q.text));
    const random = seededRandom(3);
    let probed = 0;
    for (let n = 0; n < 200 && probed < 40; n++) {
      const words = quotes[Math.floor(random() * quotes.length)].split(/\s+/);
      if (words.length < 4) continue;
      // Two whole words and the first two letters of the third, as a writer types them.
      const typed = `${words[0]} ${words[1]} ${words[2].replace(/^\W+/, '').slice(0, 2)}`;
      const expected = new Set(quotes.filter((q) => normalizePhrase(q).startsWith(normalizePhrase(typed)) && normalizePhrase(q).length > normalizePhrase(typed).length).map((q) => normalizePhrase(q).replace(/[,.;:]$/, '')));
      if (expected.size === 0 || expected.size > 8) continue;
      probed++;
      const offered = new Set(index.complete(typed, 20).filter((c) => c.score === 1).map((c) => normalizePhrase(c.quote).replace(/[,.;:]$/, '')));
      for (const quote of expected) assert.ok(offered.has(quote), `"${typed}" should offer "${quote}"; offered ${[...offered].join(' | ')}`);
    }
    assert.ok(probed >= 10, `${probed} probes`);
  });

  it('offers a quote that has two typed words together inside it, when each word alone stands in thousands of other quotes', () => {
    // 6,000 places of each word before the one quote where they stand together, in this order: a walk of either
    // word's places in source order reached its bound first, and the writer was offered whole quotes by their words.
    const many = (k: number) => Array.from({ length: 50 }, (_, i) => `"The harbour is open ${k} ${i}, the plans are ready, the harbour waits, the plans hold," Ada Morel said.`).join('\n\n');
    const texts: Record<string, string> = {};
    for (let k = 0; k < 60; k++) texts[`port-${k}`] = many(k);
    texts.late = 'Mayor Ilse Varga said: "Our plans harbour no doubt about the storm."';
    const offered = indexOf(texts).complete('plans harbour ', 5);
    assert.deepStrictEqual(offered.map((c) => [c.quote, c.speaker?.name, c.location.sourceId, c.score]), [['plans harbour no doubt about the storm.', 'Ilse Varga', 'late', 0.8]]);
  });

  it('offers, among hundreds of articles, the quote whose words are typed out of order, and only quotes holding each word typed or one close to it', () => {
    const generator = createGenerator('the council met on monday to discuss the budget and the harbour plans', 11, 60);
    const index = buildCorpusIndex(Array.from({ length: 400 }, (_, i) => generator.article(i)));
    const quotes = index.articles.flatMap((a) => a.quotes.filter((q) => !q.isTerm).map((q) => ({ id: a.id, words: normalizePhrase(q.text).split(' ').map((w) => w.replace(/\W+$/, '')) })));
    const random = seededRandom(17);
    let probed = 0;
    for (let n = 0; n < 500 && probed < 20; n++) {
      const { id, words } = quotes[Math.floor(random() * quotes.length)];
      if (words.length < 6) continue;
      probed++;
      // Three of its longer words, last first, the last one finished: nothing begins with them, so the words decide.
      const chosen = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 3).reverse();
      const offered = index.complete(`${chosen.join(' ')}.`, 20);
      for (const c of offered) {
        const held = normalizePhrase(c.quote).split(' ').map((w) => w.replace(/\W+$/, ''));
        for (const word of chosen) assert.ok(held.some((w) => editDistance(w, word) <= 2), `"${c.quote}" offered for ${chosen.join(' ')}`);
      }
      const top = offered[0]?.score;
      assert.ok(offered.some((c) => c.location.sourceId === id) || (offered.length === 20 && offered.every((c) => c.score === top)), `${chosen.join(' ')}: ${offered.map((c) => c.quote).join(' | ')}`);
    }
    assert.ok(probed >= 10, `${probed} probes`);
  });

  describe('offers, among hundreds of articles, every quote that has the words typed inside it, from a word boundary on', () => {
    const generator = createGenerator('the council met on monday to discuss the budget and the harbour plans', 11, 60);
    const index = buildCorpusIndex(Array.from({ length: 400 }, (_, i) => generator.article(i)));
    const quotes = index.articles.flatMap((a) => a.quotes.filter((q) => !q.isTerm).map((q) => normalizePhrase(q.text).split(' ')));
    // What a writer may be offered for whole words and an unfinished one (or none, the last whole word finished by a
    // space): every quote's rest from where they stand, a word left to offer after them.
    const continuations = (whole: string[], partial: string) =>
      new Set(
        quotes.flatMap((words) =>
          words.flatMap((_, i) => (whole.every((w, k) => words[i + k] === w) && words[i + whole.length]?.startsWith(partial) ? [words.slice(i).join(' ')] : [])),
        ),
      );
    // Each shape reads the posting lists differently: the rarest whole word's (checked against the words either side
    // of it), or those of the words the unfinished one may become (checked against the word before).
    for (const { wholeWords, partialLength } of [
      { wholeWords: 2, partialLength: 2 },
      { wholeWords: 1, partialLength: 2 },
      { wholeWords: 3, partialLength: 1 },
      { wholeWords: 3, partialLength: 0 },
      { wholeWords: 1, partialLength: 0 },
    ]) {
      it(`${wholeWords} whole words typed, then ${partialLength ? `the next word's first ${partialLength} letter${partialLength > 1 ? 's' : ''}` : 'a space'}`, () => {
        const random = seededRandom(5 + wholeWords * 10 + partialLength);
        let probed = 0;
        for (let n = 0; n < 2000 && probed < 40; n++) {
          const words = quotes[Math.floor(random() * quotes.length)];
          if (words.length < wholeWords + 3) continue;
          const at = 1 + Math.floor(random() * (words.length - wholeWords - 2));
          const whole = words.slice(at, at + wholeWords);
          const partial = words[at + wholeWords].slice(0, partialLength);
          const typed = `${whole.join(' ')} ${partial}`;
          const expected = continuations(whole, partial);
          if (expected.size > 8) continue;
          probed++;
          const offered = new Set(index.complete(typed, 20).map((c) => normalizePhrase(c.quote)));
          for (const rest of expected) assert.ok(offered.has(rest), `"${typed}" should offer "${rest}"; offered ${[...offered].join(' | ')}`);
        }
        assert.ok(probed >= 10, `${probed} probes`);
      });
    }
  });
});

/** Letters to add, drop or change to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
