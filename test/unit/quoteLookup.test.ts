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

  it('offers, among hundreds of articles, every quote that has the words typed inside it, from a word boundary on', () => {
    const generator = createGenerator('the council met on monday to discuss the budget and the harbour plans', 11, 60);
    const index = buildCorpusIndex(Array.from({ length: 400 }, (_, i) => generator.article(i)));
    const quotes = index.articles.flatMap((a) => a.quotes.filter((q) => !q.isTerm).map((q) => normalizePhrase(q.text).split(' ')));
    // What a writer may be offered for two whole words and an unfinished third: every quote's rest from where they stand.
    const continuations = (a: string, b: string, partial: string) =>
      new Set(quotes.flatMap((words) => words.flatMap((_, i) => (words[i] === a && words[i + 1] === b && words[i + 2]?.startsWith(partial) ? [words.slice(i).join(' ')] : []))));
    const random = seededRandom(5);
    let probed = 0;
    for (let n = 0; n < 400 && probed < 40; n++) {
      const words = quotes[Math.floor(random() * quotes.length)];
      if (words.length < 5) continue;
      const at = 1 + Math.floor(random() * (words.length - 4));
      const typed = `${words[at]} ${words[at + 1]} ${words[at + 2].slice(0, 2)}`;
      const expected = continuations(words[at], words[at + 1], words[at + 2].slice(0, 2));
      if (expected.size > 8) continue;
      probed++;
      const offered = new Set(index.complete(typed, 20).map((c) => normalizePhrase(c.quote)));
      for (const rest of expected) assert.ok(offered.has(rest), `"${typed}" should offer "${rest}"; offered ${[...offered].join(' | ')}`);
    }
    assert.ok(probed >= 10, `${probed} probes`);
  });
});
