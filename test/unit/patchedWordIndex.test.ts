// The word index of a persisted index patched with changed articles (patchedWordIndex): every word's positions, each
// position's word and each text's first position are those of a fresh build of the same texts, whatever the change
// does to a word's count (a word gone from every text, a word new to the index, a word more or less often).
import * as assert from 'assert';
import { patchedWordIndexParts, type WordSource } from '../../src/core/index/patchedWordIndex';
import { runSteps } from '../../src/core/index/stepwise';
import { buildWordIndexParts, type WordIndexParts } from '../../src/core/index/wordIndexBuild';

/** The index as its queries see it, by spelling (a patched index numbers its new words after the base's). */
function asRead(w: WordIndexParts) {
  const postingsOf = (id: number) => {
    const from = w.postingOffsets[id];
    const count = w.postingOffsets[id + 1] - from;
    return Array.from(typeof w.postings === 'function' ? w.postings(from, count) : w.postings.subarray(from, from + count));
  };
  const size = w.postingOffsets.length - 1;
  const byWord = new Map<string, number[]>();
  for (let id = 0; id < size; id++) {
    const list = postingsOf(id);
    if (list.length > 0) byWord.set(w.wordList[id], list);
  }
  return {
    stream: Array.from(w.stream, (id) => w.wordList[id]),
    starts: Array.from(w.starts),
    firstToken: Array.from(w.firstToken),
    sorted: Array.from(w.sortedIds).filter((id) => w.postingOffsets[id + 1] > w.postingOffsets[id]).map((id) => w.wordList[id]),
    postings: [...byWord].sort(([a], [b]) => (a < b ? -1 : 1)),
    total: w.postingOffsets[size],
  };
}

function assertAsFresh(baseTexts: readonly string[], sources: readonly WordSource[]) {
  const base = runSteps(buildWordIndexParts([...baseTexts]));
  const texts = sources.map((s) => ('base' in s ? baseTexts[s.base] : s.text));
  assert.deepStrictEqual(asRead(patchedWordIndexParts(base, sources)), asRead(runSteps(buildWordIndexParts(texts))));
}

const BASE = [
  'The harbour master said the cranes stay idle.',
  'Ann Lee said the wall is done; the wall stands.',
  'Nobody else says anything unusual here, quartermaster.',
  'The minister told the harbour board the cranes are idle.',
  'A storm closed the harbour for two days.',
];

describe('a word index patched with changed articles', () => {
  it('gives every word the positions a fresh build does when a changed text drops a word, adds new ones and says others more or less often', () => {
    const sources: WordSource[] = BASE.map((_, base) => ({ base }));
    // "quartermaster" and "unusual" no longer in any text; "the" more often; "breakwater" new to the index.
    sources[2] = { text: 'The breakwater holds, the the engineer says, and the harbour reopens.' };
    assertAsFresh(BASE, sources);
  });

  it('does so when articles are removed, added at the end and one is changed in the middle', () => {
    assertAsFresh(BASE, [{ base: 0 }, { text: 'Ann Lee said the wall is done.' }, { base: 3 }, { text: 'Zebras crossed the harbour; zebras!' }]);
  });

  it('does so when most of the base is removed and one short text is read (words found by search, not among the removed)', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Article ${i} says word${i} and word${i + 1} near the harbour.`);
    assertAsFresh(many, [{ base: 5 }, { text: 'word7 harbour new' }, { base: 39 }]);
  });

  it('does so when a changed text holds thousands of words (read by a table that starts small for one text and grows)', () => {
    // Short words nearly all different: more spellings than a table sized for the text's length holds.
    const long = Array.from({ length: 6000 }, (_, i) => (i % 5 ? i.toString(36) : `zé${i}`)).join(' ');
    assertAsFresh(BASE, [{ base: 0 }, { text: long }, { base: 2 }, { base: 3 }, { base: 4 }]);
  });

  it('does so when every text is read anew and when none changes', () => {
    assertAsFresh(BASE, BASE.map((text) => ({ text: `${text} again` })));
    assertAsFresh(BASE, BASE.map((_, base) => ({ base })));
  });
});
