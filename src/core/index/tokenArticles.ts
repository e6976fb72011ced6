// Which article a token of the word index's stream belongs to, without a table as long as the stream: that table
// (4 bytes a token, 20 MB at 10,000 articles) was filled at every start, and fresh memory is slow to touch. Here the
// article of every 64th token is kept (1/64 of the size) and the rest is found by reading on from there in the
// articles' first tokens: a step or two, as an article is hundreds of tokens long.

const BLOCK_BITS = 6;

export class TokenArticles {
  private readonly atBlock: Int32Array;

  /** `firstToken[a]` is article a's first token; its last entry is one past the stream's end. */
  constructor(private readonly firstToken: Int32Array) {
    const tokens = firstToken[firstToken.length - 1] ?? 0;
    this.atBlock = new Int32Array((tokens >> BLOCK_BITS) + 1);
    let article = 0;
    for (let block = 0; block < this.atBlock.length; block++) {
      const token = block << BLOCK_BITS;
      while (article + 2 < firstToken.length && firstToken[article + 1] <= token) article++;
      this.atBlock[block] = article;
    }
  }

  /** The article of the token at `position` (a position in the stream). */
  of(position: number): number {
    let article = this.atBlock[position >> BLOCK_BITS];
    while (this.firstToken[article + 1] <= position) article++;
    return article;
  }
}
