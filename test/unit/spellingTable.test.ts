// The word index's table of spellings reads a text's words itself: it must find exactly the words the tokenizer
// finds (forEachWord), give one id to each spelling, and never give one spelling's id to another.
import * as assert from 'assert';
import { maxWords, SpellingTable } from '../../src/core/index/spellingTable';
import { forEachWord } from '../../src/core/text/normalizeText';
import { seededRandom } from '../support/generateCorpus';

/** Reads `texts` as the word index does; for each text its words as [start, spelling, id]. */
function readAll(texts: readonly string[]): Array<Array<[number, string, number]>> {
  const table = new SpellingTable();
  const spellings: string[] = [];
  const newWord = (spelling: string) => spellings.push(spelling) - 1;
  return texts.map((text) => {
    const ids = new Int32Array(maxWords(text));
    const starts = new Int32Array(ids.length);
    const count = table.readWords(text, newWord, ids, starts, 0);
    return Array.from({ length: count }, (_, k): [number, string, number] => [starts[k], spellings[ids[k]], ids[k]]);
  });
}

/** The tokenizer's words of `text` as [start, spelling]. */
function tokenizerWords(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  forEachWord(text, 0, text.length, (start, end) => out.push([start, text.slice(start, end)]));
  return out;
}

/** Each id stands for one spelling and each spelling has one id, across all the texts. */
function assertOneIdASpelling(read: Array<Array<[number, string, number]>>): void {
  const idOf = new Map<string, number>();
  const spellingOf = new Map<number, string>();
  for (const [, spelling, id] of read.flat()) {
    assert.strictEqual(idOf.get(spelling) ?? id, id, `one id for ${spelling}`);
    assert.strictEqual(spellingOf.get(id) ?? spelling, spelling, `one spelling for id ${id}`);
    idOf.set(spelling, id);
    spellingOf.set(id, spelling);
  }
}

describe('the word index table of spellings', () => {
  it('finds the words the tokenizer finds: apostrophes inside words, marks, other scripts, digits, a word at either end', () => {
    const texts = [
      "Mara Velt's crew won't stay; the crews' boats ’tis",
      'Café naïve résumé e\u0301te\u0301 \u0301alone',
      'Κόσμος мир 世界 𝐀𝐁 ١٢٣ 42nd 3.5',
      "end'", "'start", "a'b'c''d", 'x', '', '   ', "rock’n’roll ‘quoted’ Reyes‘s",
    ];
    const read = readAll(texts);
    texts.forEach((text, i) => assert.deepStrictEqual(read[i].map(([start, spelling]) => [start, spelling]), tokenizerWords(text), JSON.stringify(text)));
    assertOneIdASpelling(read);
  });

  it('gives the same id to a spelling met again in another text, and other ids to spellings whose hashes are equal', () => {
    // "yaczfa" and "glbppa" have the same 32-bit hash: only their characters tell them apart.
    const read = readAll(['yaczfa met glbppa', 'glbppa and yaczfa again, Glbppa']);
    assertOneIdASpelling(read);
    const ids = new Map(read.flat().map(([, spelling, id]) => [spelling, id]));
    assert.strictEqual(new Set(ids.values()).size, ids.size);
    assert.strictEqual(ids.size, 6);
  });

  it('keeps every spelling apart as it grows past its first sizes, on random text of mixed scripts and marks', () => {
    const random = seededRandom(7);
    const alphabet = ['a', 'b', 'z', 'Q', '0', '9', "'", '\u2019', '\u2018', '\u02bc', ' ', '.', '-', '\u0301', 'é', 'ж', '世', '\ud835\udc00', '\n', '"'];
    const texts = Array.from({ length: 60 }, () => Array.from({ length: 4000 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    // Many distinct long spellings: more than the table's first slots, spelling count and characters hold.
    texts.push(Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`).join(' '));
    const read = readAll(texts);
    texts.forEach((text, i) => assert.deepStrictEqual(read[i].map(([start, spelling]) => [start, spelling]), tokenizerWords(text), `text ${i}`));
    assertOneIdASpelling(read);
  });
});
