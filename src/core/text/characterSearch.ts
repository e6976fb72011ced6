// The places of a few characters in a text, in order, each character found by the engine's own search for it (a
// string's indexOf, which reads a text stored one byte a character in wide steps and does not read it at all for a
// character beyond Latin-1). A regex class of the same characters reads the text a character at a time: such
// searches over every paragraph were the most read of a cold build's passes over its texts.

export class CharacterSearch {
  /** Each character's next place at or after the last asked-for one: -2 not yet searched, -1 none left. */
  private readonly next: number[];

  constructor(
    private readonly text: string,
    private readonly characters: readonly string[],
  ) {
    this.next = characters.map(() => -2);
  }

  /**
   * The first place at or after `from` of any of the characters, or -1. Asked with `from` never decreasing (a
   * reader going forward), each character's search goes on from where it stood: a character the text lacks is
   * searched for once, not once a paragraph.
   */
  from(from: number): number {
    let first = -1;
    for (let k = 0; k < this.next.length; k++) {
      let at = this.next[k];
      if (at !== -1 && at < from) at = this.next[k] = this.text.indexOf(this.characters[k], from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    return first;
  }
}
