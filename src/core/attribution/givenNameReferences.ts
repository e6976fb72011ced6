// `Down the valley, dairy farmer Helen Bowen has taken a different route. "...," Helen says.`: feature and local
// writing call people by the given name once it has named them in full. A lone capital that is no one's surname in
// the sources, and that opens exactly one full name earlier in the same text, is that person; read as a name of its
// own it was a new person `Helen`, whom no draft's `Helen Bowen said` would ever match.
import type { Token } from '../text/sentenceTokens';
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';
import { firstAtLeastIn } from '../text/sortedNumbers';

/** The most capitalised words after the given name that a full name takes (`Helen Mary Bowen`). */
const MORE_NAME_WORDS = 3;
/**
 * The shortest lone name read as the short form of a longer given name (`Gwen` of Gwendolyn, `Bart` of Bartholomew):
 * features name someone in full once and then by the short form; two letters (`Al`, `Jo`) open too many names.
 */
const MIN_SHORT_FORM = 3;
/** The longest short form (`Christ` of Christopher has six letters): a longer capital is no short form of a name. */
const MAX_SHORT_FORM = 7;
/** A capitalised word of a name, standing alone (no letter before it). */
const CAPITAL_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'\u2019-]*/gu;
const NAME_WORD = /[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]+)/uy;

/** Where a capital opens several capitals (`Helen Bowen`), and the person that full name is, once it is asked. */
interface Opening {
  readonly at: number;
  readonly words: readonly string[];
}
/** For one given name, its openings in text order and who the lone name means after each: one person, or several. */
interface Holders {
  readonly at: readonly number[];
  readonly holder: ReadonlyArray<SpeakerRecord | null | 'several'>;
}

/**
 * The people a text names in full, by the given name that opens each name: made in one pass over the text the first
 * time a lone capital is asked about, and for each given name once, so that a text of many lone names costs about its
 * length (asking each name anew scanned the text before it: a long draft's work grew with the square of its names).
 */
export class GivenNameReferences {
  private openings: { byGiven: Map<string, Opening[]>; byShortForm: Map<string, string[]> } | null = null;
  private readonly holders = new Map<string, Holders>();

  constructor(
    private readonly registry: SpeakerRegistry,
    private readonly text: string,
    private readonly article: string | null,
  ) {}

  /** The person a name of one or two words at offset `at` means (`Tobias` of Tobias Wendt), by the name read whole or as a given name. */
  personNamed(name: string, at: number): SpeakerRecord | null {
    const words = name.split(' ');
    const known = this.registry.lookupName(words, this.article);
    if (words.length > 1) return known;
    return this.personOf({ text: name, lower: name.toLowerCase(), start: at, end: at + name.length, kind: 'word', cap: true, possessive: false, quote: -1 }, known) ?? known;
  }

  /**
   * The person named in full whose given name `word` is, when the text before `word` opens one full name with it and
   * the sources know `word` as no one's surname (`known`: what the registry found for it alone); else null.
   */
  personOf(word: Token, known: SpeakerRecord | null): SpeakerRecord | null {
    const lone = normalizeName([word.text])[0];
    // A surname the sources know (`Warren` of Elizabeth Warren) or a name known in full keeps its reading, but only
    // from this text: a surname only other articles know (their Sharon Graham) yields to this text's Graham Whitaker.
    const lonely = known?.kind === 'person' && known.first === null && known.last === lone && known.roles.size === 0;
    if (known && !lonely && (this.article === null || known.articles.has(this.article))) return null;
    const holders = this.holdersOf(word.text, lone);
    const lo = firstAtLeastIn(holders.at, word.start);
    const found = lo > 0 ? holders.holder[lo - 1] : null;
    return found === 'several' ? null : found;
  }

  private holdersOf(given: string, lone: string): Holders {
    const made = this.holders.get(given);
    if (made) return made;
    const at: number[] = [];
    const holder: Array<SpeakerRecord | null | 'several'> = [];
    let current: SpeakerRecord | null | 'several' = null;
    for (const opening of this.openingsFor(given)) {
      const record = this.registry.lookupName(opening.words, this.article);
      // Two people of one given name (`Helen Bowen`, `Helen Price`), or a short form two names open (`Dan` of Daniel
      // and Danielle): the lone name could be either from then on.
      if (record && record.kind === 'person' && opensGivenName(record.first?.split(' ')[0], lone) && (this.article === null || record.articles.has(this.article))) {
        current = current === null || current === record ? record : 'several';
      }
      at.push(opening.at);
      holder.push(current);
    }
    const holders = { at, holder };
    this.holders.set(given, holders);
    return holders;
  }

  /** The full names `given` opens, as itself or as the short form of a longer given name, in text order. */
  private openingsFor(given: string): readonly Opening[] {
    const { byGiven, byShortForm } = this.openingsOf();
    const exact = byGiven.get(given) ?? [];
    const longer = byShortForm.get(given);
    if (!longer) return exact;
    const all = [...exact];
    for (const name of longer) all.push(...(byGiven.get(name) ?? []));
    return all.sort((a, b) => a.at - b.at);
  }

  private openingsOf(): { byGiven: Map<string, Opening[]>; byShortForm: Map<string, string[]> } {
    if (this.openings) return this.openings;
    const byGiven = new Map<string, Opening[]>();
    for (const m of this.text.matchAll(CAPITAL_WORD)) {
      const words = [m[0]];
      NAME_WORD.lastIndex = m.index + m[0].length;
      for (let n = NAME_WORD.exec(this.text); n && words.length <= MORE_NAME_WORDS; n = NAME_WORD.exec(this.text)) words.push(n[1]);
      if (words.length === 1) continue;
      const list = byGiven.get(m[0]);
      if (list) list.push({ at: m.index, words });
      else byGiven.set(m[0], [{ at: m.index, words }]);
    }
    // Each opening word's short forms, made once (at most five a word): asking each lone name which openings it begins
    // would scan them all at every name.
    const byShortForm = new Map<string, string[]>();
    for (const given of byGiven.keys()) {
      for (let n = MIN_SHORT_FORM; n < given.length && n <= MAX_SHORT_FORM; n++) {
        const short = given.slice(0, n);
        const list = byShortForm.get(short);
        if (list) list.push(given);
        else byShortForm.set(short, [given]);
      }
    }
    return (this.openings = { byGiven, byShortForm });
  }
}

/** Whether a record's given name is `lone` or begins with it (`gwendolyn` for `gwen`). */
function opensGivenName(first: string | undefined, lone: string): boolean {
  return first !== undefined && first.startsWith(lone) && (first.length === lone.length || lone.length >= MIN_SHORT_FORM);
}
