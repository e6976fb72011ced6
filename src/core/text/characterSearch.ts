// The places of a few characters in a text, in order, each character found by the engine's own search for it (a
// string's indexOf, which reads a text stored one byte a character in wide steps and does not read it at all for a
// character beyond Latin-1). A regex class of the same characters reads the text a character at a time: such
// searches over every paragraph were the most read of a cold build's passes over its texts.
// The characters beyond Latin-1 (curly marks, the ellipsis) are not searched by indexOf: in a text stored two bytes a
// character (any text with one such character, and every text cut from one), indexOf looks for such a character by
// the larger of its two bytes, 0x20 for U+2018-U+203A, and so stopped at every space: searches of eight curly marks
// were a tenth of an in-process build of 1,000 generated articles. Instead the places of all the text's characters
// beyond Latin-1 are listed once, by a regex that fails at once on a text stored one byte a character, and each
// search reads that list; a text with many of them (not written in a Latin script) is searched by a regex class.

/** The characters beyond Latin-1 of the text last asked about: their places, or null when there are too many to list. */
let lastText: string | undefined;
let lastWidePlaces: number[] | null = null;

/** The places of `text`'s characters beyond Latin-1 (kept for the next search of the same text), or null when they are many. */
function widePlaces(text: string): number[] | null {
  if (text === lastText) return lastWidePlaces;
  const places: number[] = [];
  const most = 64 + (text.length >> 4);
  const wide = /[^\x00-\xff]/g;
  for (let m = wide.exec(text); m !== null; m = wide.exec(text)) {
    if (places.length === most) {
      lastText = text;
      return (lastWidePlaces = null);
    }
    places.push(m.index);
  }
  lastText = text;
  return (lastWidePlaces = places);
}

/**
 * A set of characters to search for, split once into those within Latin-1 and those beyond it: made once a list (a
 * module's constant), not once a search, since a search is made for every paragraph of a draft at every check.
 */
export class SearchedCharacters {
  /** The characters within Latin-1, each searched by indexOf. */
  readonly narrow: readonly string[];
  /** The characters beyond Latin-1. */
  readonly wide: string;
  private wideClassMemo: RegExp | null = null;

  constructor(characters: readonly string[]) {
    this.narrow = characters.filter((c) => c.charCodeAt(0) <= 0xff);
    this.wide = characters.filter((c) => c.charCodeAt(0) > 0xff).join('');
  }

  /** A global class of the wide characters, for a text holding too many wide characters to list (made when first needed; every search sets its lastIndex before reading it). */
  get wideClass(): RegExp {
    return (this.wideClassMemo ??= new RegExp(`[${[...this.wide].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g'));
  }
}

export class CharacterSearch {
  /** The characters within Latin-1, each searched by indexOf. */
  private readonly narrow: readonly string[];
  /** Each narrow character's next place at or after the last asked-for one: -2 not yet searched, -1 none left. */
  private readonly next: number[];
  /** The characters beyond Latin-1. */
  private readonly wide: string;
  /** The text's characters beyond Latin-1 (of any kind), or null when they are many: then `wideClass` searches. */
  private readonly widePlaces: number[] | null;
  private readonly wideClass: RegExp | null;
  /** Where in `widePlaces` the search stands. */
  private wideCursor = 0;
  /** The next place of any wide character at or after the last asked-for one: -2 not yet searched, -1 none left. */
  private nextWide = -2;

  /** `characters`: a list made into SearchedCharacters once (or a plain list, split here). */
  constructor(
    private readonly text: string,
    characters: SearchedCharacters | readonly string[],
  ) {
    const searched = characters instanceof SearchedCharacters ? characters : new SearchedCharacters(characters);
    this.narrow = searched.narrow;
    this.wide = searched.wide;
    const next: number[] = [];
    for (let k = 0; k < this.narrow.length; k++) next.push(-2);
    this.next = next;
    this.widePlaces = this.wide === '' ? [] : widePlaces(text);
    this.wideClass = this.widePlaces === null ? searched.wideClass : null;
    if (this.widePlaces !== null && this.widePlaces.length === 0) this.nextWide = -1;
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
      if (at !== -1 && at < from) at = this.next[k] = this.text.indexOf(this.narrow[k], from);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
    let wide = this.nextWide;
    if (wide !== -1 && wide < from) wide = this.nextWide = this.nextWideFrom(from);
    if (wide >= 0 && (first < 0 || wide < first)) first = wide;
    return first;
  }

  private nextWideFrom(from: number): number {
    const places = this.widePlaces;
    if (places === null) {
      this.wideClass!.lastIndex = from;
      return this.wideClass!.exec(this.text)?.index ?? -1;
    }
    for (let k = this.wideCursor; k < places.length; k++) {
      if (places[k] >= from && this.wide.includes(this.text[places[k]])) {
        this.wideCursor = k;
        return places[k];
      }
    }
    this.wideCursor = places.length;
    return -1;
  }
}
