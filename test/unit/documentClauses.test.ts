// A study, report, poll or audit in the predicate with a clause of its own reporting what it found (`a study that
// warned`, `a poll showing`): the quote after it is the text's finding, not words of the subject who cites it.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';

const kind = (text: string) => analyzeText(text).quotes[0].speaker?.kind ?? null;
const name = (text: string) => analyzeText(text).quotes[0].speaker?.name ?? null;

describe('a text\'s finding in the predicate', () => {
  it('gives the subject who cites it none of its words', () => {
    for (const text of [
      'Ana Kral cited a study that warned the dam was "unsafe at any water level."',
      'Ana Kral pointed to a report that concluded the dam was "unsafe at any water level."',
      'Ana Kral released a poll showing voters "deeply worried" about the dam.',
      'Ana Kral cited a 2019 audit which found the budget "badly out of balance."',
    ]) assert.notStrictEqual(kind(text), 'person', text);
  });

  it('keeps a text\'s finding in a clause of its own from the verb of saying before it', () => {
    const text = 'Analysts at Fjord Capital said the rise was "the right call," while a survey by the Helmstad Institute found households "more worried than at any time since 2009."';
    assert.deepStrictEqual(analyzeText(text).quotes.map((q) => q.speaker?.name ?? null), ['Fjord Capital', null]);
  });

  it('gives none to someone else\'s written words the subject shows, and leaves the subject her own letter', () => {
    assert.notStrictEqual(kind('Ivo Marsh showed reporters a text from Ana Kral that read: "You have until Friday."'), 'person');
    assert.strictEqual(name('Ivo Marsh sent a letter that said the town would "never give up."'), 'Ivo Marsh');
  });

  it('leaves the subject a clause of a thing that finds nothing, and her own verb of saying', () => {
    assert.strictEqual(name('Ana Kral backed a plan that would give the town "a fighting chance."'), 'Ana Kral');
    assert.strictEqual(name('Ana Kral cited a study and said the dam was "unsafe at any water level."'), 'Ana Kral');
  });

  it('gives none to the words of a motion the subject only votes on, and leaves the subject a motion it adopts or tables', () => {
    // Each had been the abstaining or opposing subject's.
    assert.strictEqual(name('Kessland on Friday abstained on a draft resolution at the council that condemned the "sham votes" in the region.'), null);
    assert.strictEqual(name('Ana Kral voted against a motion which urged the council to "act now" on the bridge.'), null);
    assert.strictEqual(name('Ana Kral tabled a motion which urged the council to "act now" on the bridge.'), 'Ana Kral');
    assert.strictEqual(name('The Dunmore council voted 6-1 for the resolution which said the town "welcomes refugees."'), 'Dunmore council');
  });

  it('gives none to a published text the subject answers, or to a message brought in as the subject of reported words', () => {
    assert.strictEqual(name('Chief Ana Kral on Monday answered a newspaper column that accused her officers of "ignoring the harbour."'), null);
    assert.strictEqual(name('Mayor Ivo Marsh responded to a letter that claimed the bridge was "falling apart."'), null);
    assert.strictEqual(name('Chief Ivo Marsh said the post, made on a chat app, referred to "what happens at school tomorrow."'), null);
    // Her own column, and her own reported words with no message in them, stay hers.
    assert.strictEqual(name('Ana Kral wrote a column that accused the council of "ignoring the harbour."'), 'Ana Kral');
    assert.strictEqual(name('Chief Ivo Marsh said the post was "a cruel hoax."'), 'Ivo Marsh');
  });
});
