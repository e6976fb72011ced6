// Where the blocks (paragraphs) of a draft stand, resolved when read. A block keeps its offset, its index and the
// counts of sentences and quotes before it as they were when it was placed; an edit adds what it moved to every
// later block at once, in a Fenwick tree (O(log n) to add, and to read once after each edit). So a keystroke
// visits the blocks it changed, not the thousands after them. Only when an edit changes how many blocks there are
// are the slots given out again, in one pass over the blocks.

/** The shifts an edit added to blocks: three Fenwick trees over the slots, for offsets, sentences and quotes. */
export class BlockPlaces {
  /** Changes with every shift: a block's resolved place is good while the epoch it was resolved in holds. */
  epoch = 0;
  private readonly chars: number[];
  private readonly sentences: number[];
  private readonly quotes: number[];

  /** Room for `count` blocks, none shifted (blocks placed in another BlockPlaces keep their places there). */
  constructor(count: number) {
    this.chars = new Array<number>(count + 1).fill(0);
    this.sentences = new Array<number>(count + 1).fill(0);
    this.quotes = new Array<number>(count + 1).fill(0);
  }

  /** Moves every block from slot `from` on by `chars` characters, `sentences` sentences and `quotes` quotes. */
  shift(from: number, chars: number, sentences: number, quotes: number): void {
    if (chars === 0 && sentences === 0 && quotes === 0) return;
    for (let i = from + 1; i < this.chars.length; i += i & -i) {
      this.chars[i] += chars;
      this.sentences[i] += sentences;
      this.quotes[i] += quotes;
    }
    this.epoch++;
  }

  /** @internal Writes the shifts of `block`'s slot into it. */
  resolve(block: Block, slot: number): void {
    let chars = 0;
    let sentences = 0;
    let quotes = 0;
    for (let i = slot + 1; i > 0; i -= i & -i) {
      chars += this.chars[i];
      sentences += this.sentences[i];
      quotes += this.quotes[i];
    }
    block.resolved(this.epoch, chars, sentences, quotes);
  }
}

/** A block of the draft: where it stands, read through the places it was placed in. */
export class Block {
  #places: BlockPlaces | null = null;
  #slot = 0;
  // Its place, less the shifts of its slot when it was placed.
  #at = 0;
  #sentenceBase = 0;
  #quoteBase = 0;
  // The shifts of its slot, as of epoch #epoch.
  #epoch = -1;
  #chars = 0;
  #sentences = 0;
  #quotes = 0;

  /** Puts the block in slot `slot` of `places`, at offset `at`, after `sentenceBase` sentences and `quoteBase` quotes. */
  place(places: BlockPlaces, slot: number, at: number, sentenceBase: number, quoteBase: number): void {
    this.#places = places;
    this.#slot = slot;
    places.resolve(this, slot);
    this.#at = at - this.#chars;
    this.#sentenceBase = sentenceBase - this.#sentences;
    this.#quoteBase = quoteBase - this.#quotes;
  }

  /** @internal */
  resolved(epoch: number, chars: number, sentences: number, quotes: number): void {
    this.#epoch = epoch;
    this.#chars = chars;
    this.#sentences = sentences;
    this.#quotes = quotes;
  }

  private current(): void {
    const places = this.#places;
    if (places && places.epoch !== this.#epoch) places.resolve(this, this.#slot);
  }

  /** Its offset in the draft. */
  get at(): number {
    this.current();
    return this.#at + this.#chars;
  }

  /** Its index among the draft's blocks. */
  get index(): number {
    return this.#slot;
  }

  /** How many sentences the blocks before it have. */
  get sentenceBase(): number {
    this.current();
    return this.#sentenceBase + this.#sentences;
  }

  /** How many quotes the blocks before it have. */
  get quoteBase(): number {
    this.current();
    return this.#quoteBase + this.#quotes;
  }
}
