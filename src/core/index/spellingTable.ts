// Spellings read in place in a text (no string made for a spelling seen before) mapped to word ids: the word
// index's build meets each spelling of a word many times and normalises it once.

/** An open-addressing hash table from spellings (read in place in a text) to word ids. */
export class SpellingTable {
  private slots = new Int32Array(1 << 16);
  private readonly spellings: string[] = [];
  private readonly hashes: number[] = [];
  private readonly ids: number[] = [];

  idOf(text: string, start: number, end: number, newWord: (spelling: string) => number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash >>>= 0;
    const length = end - start;
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot]; entry !== 0; entry = this.slots[slot]) {
      const k = entry - 1;
      if (this.hashes[k] === hash && this.spellings[k].length === length && text.startsWith(this.spellings[k], start)) return this.ids[k];
      slot = (slot + 1) & mask;
    }
    const spelling = text.slice(start, end);
    const id = newWord(spelling);
    this.spellings.push(spelling);
    this.hashes.push(hash);
    this.ids.push(id);
    this.slots[slot] = this.spellings.length;
    if (this.spellings.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, k) => {
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = k + 1;
    });
  }
}
