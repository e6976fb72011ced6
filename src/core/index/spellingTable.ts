// Spellings read in place in a text (no string made for a spelling seen before) mapped to word ids: the word
// index's build meets each spelling of a word many times and normalises it once. The table reads a text's words
// itself, hashing each character as the scan passes it: a cold build of 10,000 articles looks up about five million
// words, and a scan that called back for each word and then read its characters again to hash them, with the
// spellings kept as strings to compare with `startsWith`, cost a third more.
import { isApostropheCode, NOT_WORD, WORD, wordCodeTable } from '../text/normalizeText';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** An open-addressing hash table from spellings (read in place in a text) to word ids. */
export class SpellingTable {
  /** Two numbers a slot, side by side so that a probe reads one place: the spelling's hash, and its number plus one (0: empty). */
  private slots: Int32Array<ArrayBuffer>;
  /** Every spelling's characters, one after another; spelling k ends at `ends[k]` (and starts where k − 1 ends). */
  private characters: Uint16Array<ArrayBuffer>;
  private ends: Int32Array<ArrayBuffer>;
  private wordIds: Int32Array<ArrayBuffer>;
  private count = 0;

  /**
   * `textLength`: about how many characters the table will read. A table for one short text (a changed article's,
   * read for a patched index) starts small and grows as it must: the 0.9 MB a large build starts with cost a run
   * 6-16 ms for an article of 400 words (this machine's fresh memory is slow to touch).
   */
  constructor(textLength = Infinity) {
    const bits = Math.max(8, Math.min(16, Math.ceil(Math.log2(Math.max(1, textLength / 4)))));
    this.slots = new Int32Array(2 << bits);
    this.characters = new Uint16Array(1 << bits);
    this.ends = new Int32Array(1 << Math.min(bits, 12));
    this.wordIds = new Int32Array(1 << Math.min(bits, 12));
  }

  /**
   * Reads the words of `text` (as `forEachWord` finds them) into `ids` (each word's id, `newWord` giving one to a
   * spelling not seen before) and `starts` (where it starts), from index `at`; returns the index after the last.
   * Both arrays must have room for `maxWords(text)` more.
   */
  readWords(text: string, newWord: (spelling: string) => number, ids: Int32Array, starts: Int32Array | Uint16Array, at: number): number {
    const table = wordCodeTable();
    // Copied to locals: read through a module's exports (tsx, which runs the tests and the eval, makes them getters)
    // they cost a call a character and made the scan twice as slow.
    const word = WORD;
    const notWord = NOT_WORD;
    const to = text.length;
    let i = 0;
    while (i < to) {
      let c = text.charCodeAt(i);
      if (table[c] !== word) {
        i++;
        continue;
      }
      const start = i;
      let hash = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      i++;
      // The same ends as `wordEndAt`: letters, digits and marks, and an inner apostrophe followed by a letter or digit.
      for (;;) {
        while (i < to && table[(c = text.charCodeAt(i))] !== notWord) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          i++;
        }
        if (i + 1 < to && isApostropheCode(c)) {
          const next = text.charCodeAt(i + 1);
          if (table[next] === word) {
            hash = Math.imul(Math.imul(hash ^ c, FNV_PRIME) ^ next, FNV_PRIME);
            i += 2;
            continue;
          }
        }
        break;
      }
      starts[at] = start;
      ids[at++] = this.idOf(text, start, i, hash, newWord);
    }
    return at;
  }

  private idOf(text: string, start: number, end: number, hash: number, newWord: (spelling: string) => number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    let slot = hash & mask;
    for (let entry = slots[2 * slot + 1]; entry !== 0; entry = slots[2 * slot + 1]) {
      if (slots[2 * slot] === hash) {
        const k = entry - 1;
        const from = k === 0 ? 0 : this.ends[k - 1];
        if (this.ends[k] - from === length && this.sameCharacters(from, text, start, length)) return this.wordIds[k];
      }
      slot = (slot + 1) & mask;
    }
    const id = newWord(text.slice(start, end));
    this.add(text, start, end, id);
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = this.count;
    if (this.count * 2 > mask + 1) this.grow();
    return id;
  }

  private sameCharacters(from: number, text: string, start: number, length: number): boolean {
    const characters = this.characters;
    for (let j = 0; j < length; j++) if (characters[from + j] !== text.charCodeAt(start + j)) return false;
    return true;
  }

  /** Keeps spelling `text[start, end)` as number `count` with its word id. */
  private add(text: string, start: number, end: number, id: number): void {
    const k = this.count++;
    if (k === this.ends.length) {
      this.ends = grownInt32s(this.ends);
      this.wordIds = grownInt32s(this.wordIds);
    }
    let used = k === 0 ? 0 : this.ends[k - 1];
    if (used + end - start > this.characters.length) {
      const bigger = new Uint16Array(Math.max(this.characters.length * 2, used + end - start));
      bigger.set(this.characters);
      this.characters = bigger;
    }
    for (let j = start; j < end; j++) this.characters[used++] = text.charCodeAt(j);
    this.ends[k] = used;
    this.wordIds[k] = id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = old[s] & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[s];
      slots[2 * slot + 1] = old[s + 1];
    }
  }
}

/** The most words a text can hold: each is at least one character, and two are parted by at least one. */
export function maxWords(text: string): number {
  return Math.ceil(text.length / 2);
}

function grownInt32s(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
