// `Vera Kral and her father, Tomas Kral, run the ferry. … Her father Tomas disagreed. "…," Kral said.`: features,
// obituaries and court stories quote several people of one surname. The registry's answer for a lone `Kral` is the
// Kral mentioned most, which is a guess between relatives, and a wrong speaker is worse than none. A careful reader
// takes the member a courtesy title's sex picks (`Mr. Kral` of Tomas and Vera). Else the registry's answer stands
// only when no other member was named in this sentence or the one before (by full name or given name alone) and it
// is the member the text introduced first (its principal: `Trump` of a story that opens on Donald Trump and goes on
// to Ivanka Trump); else no one. Real stories name a relative in passing just before the principal speaks again, so a
// member named just before is no proof of being the speaker.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';
import { sexOfTitle } from './titleSexes';
import { isHeadlineSentence } from './headlineLines';

/** The most capitalised words before a surname that a full name takes (`Mary Ann Kral`). */
const MORE_NAME_WORDS = 3;
const CAPITAL_WORD = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'\u2019-]*/gu;
const NAME_WORD = /[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]+)/uy;
const LOWER_WORD = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu;
/** The fewest letters a short form of a given name has (`Ken` of Kenneth): two (`Al`, `Jo`) open too many names. */
const MIN_SHORT_FORM = 3;
/**
 * The most people of one surname read as a family: a text of more (a list of Smiths) is no family story, and asking
 * each lone surname about every one of them would grow with the square of the text.
 */
const MAX_MEMBERS = 6;

/** A person of the surname, and where the text names them (full name or given name alone), in text order. */
interface Member {
  /** The records of the member: more than one when the text names them by a given name and its short form (`Ken`, `Kenneth`). */
  readonly records: SpeakerRecord[];
  at: number[];
}

/** The capitals of one text, read in one pass the first time a lone surname is asked about. */
interface Capitals {
  /** Runs of two capitals or more (`Vera Kral`), by the normal form of their last word. */
  readonly runsByLast: Map<string, Array<{ at: number; words: string[] }>>;
  /** Every capitalised word's places, by its normal form (`tomas`: where `Tomas` stands). */
  readonly words: Map<string, number[]>;
  /** The words the text writes in lower case (`will`, `had`): a capital of one that opens a sentence is no given name. */
  readonly lowerWords: ReadonlySet<string>;
}

/** One text's surnames, by prepared text: made once, so a text of many lone surnames costs about its length. */
const byText = new WeakMap<PreparedText, SharedSurnames>();

/**
 * The person a lone surname (`np.name`, one word, after the courtesy title `title` if any) stands for when the text
 * names two people or more of that surname before it: `looked` kept, another member, or null for no one. Any other
 * phrase, or a surname only one person of the text holds, keeps `looked`. `s`: the sentence of the phrase.
 */
export function sharedSurnameHolder(registry: SpeakerRegistry, p: PreparedText, s: number, name: readonly Token[], title: readonly Token[], looked: SpeakerRecord | null): SpeakerRecord | null {
  if (name.length !== 1 || !looked || looked.kind !== 'person' || !title.every((t) => sexOfTitle([t]) !== null || t.text === '.')) return looked;
  let surnames = byText.get(p);
  if (!surnames || surnames.registry !== registry) byText.set(p, (surnames = new SharedSurnames(registry, p.text, p.id, isHeadlineSentence(p, 0) ? p.sentences[0].end : 0)));
  return surnames.holder(name[0], title, looked, p.sentences[Math.max(0, s - 1)].start);
}

class SharedSurnames {
  private capitals: Capitals | null = null;
  private readonly members = new Map<string, readonly Member[]>();

  constructor(
    readonly registry: SpeakerRegistry,
    private readonly text: string,
    private readonly article: string | null,
    /** Where the text's headline ends (0 when it has none): a headline's capitals are its style, not names. */
    private readonly headlineEnd: number,
  ) {}

  holder(word: Token, title: readonly Token[], looked: SpeakerRecord, from: number): SpeakerRecord | null {
    const surname = normalizeName([word.text])[0];
    if (looked.last !== surname) return looked;
    const members = this.membersOf(surname).filter((m) => m.at.length > 0 && m.at[0] < word.start);
    if (members.length < 2) return looked;
    const sex = sexOfTitle(title);
    const pool = sex ? members.filter((m) => m.records.some((r) => this.registry.gender(r) === sex)) : members;
    // A title whose sex no member is known to have says nothing the registry's answer did not weigh.
    if (pool.length === 0) return looked;
    if (pool.length === 1) return pool[0].records.includes(looked) ? looked : pool[0].records[0];
    // A relative named just before (`his wife, Ana Kral, ...`) makes the lone surname doubtful, not theirs: in news
    // the surname alone stays the principal's while relatives are named around them.
    const near = pool.filter((m) => namedBetween(m.at, from, word.start));
    if (near.length > 0) return near.length === 1 && near[0].records.includes(looked) ? looked : null;
    const principal = pool.reduce((a, b) => (b.at[0] < a.at[0] ? b : a));
    return principal.records.includes(looked) ? looked : null;
  }

  /** The people of this text whose surname is `surname` (one full name each at least), with the places they are named. */
  private membersOf(surname: string): readonly Member[] {
    const made = this.members.get(surname);
    if (made) return made;
    const { runsByLast, words, lowerWords } = this.capitalsOf();
    const found = new Map<SpeakerRecord, number[]>();
    for (const run of runsByLast.get(surname) ?? []) {
      const record = this.registry.lookupName(run.words, this.article);
      // A member has a sex the text or the given name tells: capitals before a surname (`Wisconsin Trump`) are no relative.
      if (!record || record.kind !== 'person' || record.first === null || record.last !== surname || this.registry.gender(record) === null) continue;
      if (this.article !== null && !record.articles.has(this.article)) continue;
      // `Had Sanders won`, `Will Sanders come down?`: a sentence's first word, capitalised only there.
      if (opensSentence(this.text, run.at) && lowerWords.has(run.words[0].toLowerCase())) continue;
      const at = found.get(record);
      if (at) at.push(run.at);
      else found.set(record, [run.at]);
    }
    const members: Member[] = [];
    if (found.size > MAX_MEMBERS) found.clear();
    for (const [record, at] of found) {
      // The given name alone names the member too (`Her father Tomas disagreed`), once the full name has.
      const first = record.first!.split(' ')[0];
      const given = words.get(first) ?? [];
      const places = [...at, ...given.filter((g) => g > at[0])];
      const same = members.find((m) => m.records.some((r) => shortFormOf(r.first!.split(' ')[0], first)));
      if (same) {
        same.records.push(record);
        same.at = [...new Set([...same.at, ...places])].sort((a, b) => a - b);
      } else members.push({ records: [record], at: [...new Set(places)].sort((a, b) => a - b) });
    }
    this.members.set(surname, members);
    return members;
  }

  private capitalsOf(): Capitals {
    if (this.capitals) return this.capitals;
    const runsByLast = new Map<string, Array<{ at: number; words: string[] }>>();
    const words = new Map<string, number[]>();
    const lowerWords = new Set<string>();
    for (const m of this.text.matchAll(LOWER_WORD)) lowerWords.add(m[0]);
    for (const m of this.text.matchAll(CAPITAL_WORD)) {
      const own = normalizeName([m[0]])[0];
      if (own) {
        const places = words.get(own);
        if (places) places.push(m.index);
        else words.set(own, [m.index]);
      }
      const run = [m[0]];
      NAME_WORD.lastIndex = m.index + m[0].length;
      for (let n = NAME_WORD.exec(this.text); n && run.length <= MORE_NAME_WORDS; n = NAME_WORD.exec(this.text)) {
        run.push(n[1]);
        const last = normalizeName([n[1]])[0];
        if (!last || m.index < this.headlineEnd) continue; // not `Understated Perez raises`, `Will Sanders come down?`
        const list = runsByLast.get(last);
        const entry = { at: m.index, words: [...run] };
        if (list) list.push(entry);
        else runsByLast.set(last, [entry]);
      }
    }
    return (this.capitals = { runsByLast, words, lowerWords });
  }
}

/** Whether one of `at` (sorted) lies in [from, to). */
function namedBetween(at: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo] < to;
}

/** Whether two given names are one, or one the short form of the other (`ken`, `kenneth`): one person named two ways. */
function shortFormOf(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (short.length >= MIN_SHORT_FORM && long.startsWith(short));
}

/** Whether `at` opens a sentence: only spaces or quotation marks between it and a full stop, a line's end or the text's start. */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t"'\u201c\u2018]/.test(text[i])) i--;
  return i < 0 || /[.!?\n]/.test(text[i]);
}
