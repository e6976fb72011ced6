// The engine on articles it has never seen: a generated corpus of invented people, titles and quotes.
import * as assert from 'assert';
import { buildCorpusIndex, buildCorpusIndexAsync, buildCorpusIndexInSlices, checkDraft } from '../../src/core';
import { createGenerator } from '../support/generateCorpus';

describe('articles the engine has never seen', () => {
  const generator = createGenerator('the council met on monday to discuss the budget and the new harbour plans for next year', 7, 60);
  const index = buildCorpusIndex(Array.from({ length: 150 }, (_, i) => generator.article(i)));
  const spoken = index.articles.flatMap((a) => a.quotes.filter((q) => q.speaker && !q.isTerm && q.text.split(' ').length >= 6).map((q) => ({ a, q })));

  it('attributes the generated quotes to their invented speakers', () => {
    assert.ok(spoken.length > 100, `${spoken.length} attributed quotes`);
    const people = new Set(generator.people.map((p) => `${p.first} ${p.last}`));
    const unknown = spoken.filter(({ q }) => !people.has(q.speaker!.name));
    assert.deepStrictEqual(unknown.map(({ q }) => `${q.text} -> ${q.speaker!.name}`).slice(0, 5), []);
    const terms = index.articles.flatMap((a) => a.quotes.filter((q) => /so-called "[^"]*"$/.test(a.text.slice(q.start - 11, q.end))));
    assert.ok(terms.length > 10 && terms.every((q) => q.speaker === null), 'scare quotes have no speaker');
  });

  it('raises no finding on rightly attributed quotes and catches every wrongly attributed one', () => {
    const falseAlarms: string[] = [];
    const missed: string[] = [];
    for (const { q } of spoken.slice(0, 120)) {
      const words = q.text.replace(/[,.]+$/, '');
      const right = checkDraft(`${q.speaker!.name} said "${words}."`, index).findings;
      if (right.length) falseAlarms.push(`${q.speaker!.name}: ${words} -> ${right[0].message}`);
      const other = generator.people.find((p) => !q.speaker!.name.includes(p.last))!;
      const wrong = checkDraft(`"${words}," ${other.first} ${other.last} said.`, index).findings;
      if (!wrong.some((f) => f.code === 'misattributed-quote' && f.sourceSpeaker === q.speaker!.name)) missed.push(words);
    }
    assert.deepStrictEqual(falseAlarms, []);
    assert.deepStrictEqual(missed, []);
  });

  it('builds the same index a few hundred articles at a time, letting other work run in between', async () => {
    const articles = Array.from({ length: 500 }, (_, i) => generator.article(1000 + i));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const built = await buildCorpusIndexAsync(articles);
    clearInterval(timer);
    assert.ok(ticks >= 2, `${ticks} timer ticks during the build`);
    const at = buildCorpusIndex(articles);
    const speakers = (i: typeof at) => i.articles.flatMap((a) => a.quotes.map((q) => q.speaker?.name ?? null));
    assert.deepStrictEqual(speakers(built), speakers(at));
  });

  it('builds the same index in time slices (the language server), answering the same finds and completions', async () => {
    const articles = Array.from({ length: 300 }, (_, i) => generator.article(2000 + i));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const { index: sliced, timing } = await buildCorpusIndexInSlices(articles, {}, 5);
    clearInterval(timer);
    assert.ok(ticks >= 2, `${ticks} timer ticks during the build`);
    assert.ok(timing.longestStepMs <= timing.totalMs);
    const at = buildCorpusIndex(articles);
    const quote = at.articles.flatMap((a) => a.quotes.filter((q) => q.speaker && !q.isTerm))[0];
    assert.deepStrictEqual(sliced.complete(quote.text.slice(0, 12)), at.complete(quote.text.slice(0, 12)));
    assert.deepStrictEqual(sliced.find(quote.text), at.find(quote.text));
    assert.deepStrictEqual(sliced.speakers, at.speakers);
  });
});
