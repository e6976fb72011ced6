// `Vera Kral and her father, Tomas Kral, run the ferry. … Her father Tomas disagreed. "…," Kral said.`: features,
// obituaries and court stories quote several people of one surname. The registry's answer for a lone `Kral` is the
// Kral mentioned most, which is a guess between relatives, and a wrong speaker is worse than none. News writing
// follows a convention a careful reader leans on: once two members are introduced, the surname alone stays with one
// of them (the principal, the one the text already calls by it) and the others get given names or titles. So a
// lone surname is, in this order: the one member introduced so far, while the text has named no second; the member a
// courtesy title's sex picks (`Mr. Kral` of Tomas and Vera); the one member named as a subject in this sentence or
// the one before (`Her father Tomas disagreed.`); the member the text has called by the surname alone so far; the
// relative a member named just before is said to act (`Vera Kral's remarks came after her father announced …`); and
// before the text has used the surname alone, the registry's answer when it is the member the text introduced first
// and no other was named just before. Else no one: real stories name a relative in passing just before the
// principal speaks again, so a member merely named just before is no proof of speaking (familySubjects.ts).
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';
import { sexOfTitle } from './titleSexes';
import { isHeadlineSentence } from './headlineLines';
import { opensClause, relativeActing } from './familySubjects';
import { firstAtLeastIn } from '../text/sortedNumbers';
import { ownPersonOverBorrowed } from './borrowedSurnames';
import { ORGANISATION_WORDS } from '../text/newsLexicon';

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
const WORD = /^[\p{L}\p{M}'\u2019-]+/u;

/** A person of the surname, and where the text names them (full name or given name alone), in text order. */
interface Member {
  /** The records of the member: more than one when the text names them by a given name and its short form (`Ken`, `Kenneth`). */
  readonly records: SpeakerRecord[];
  at: number[];
  /** Where the text names the member as a sentence's subject (`Vera Kral said`, `Her father Tomas disagreed`), sorted. */
  subjectAt: number[];
  /** Of those, where by the full name, and where by the given name alone. */
  fullSubjectAt: number[];
  givenSubjectAt: number[];
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

/** One surname's people, and who the text's lone uses of it (`Kral said`, `Kral's boat`) stood for, in text order. */
interface Surname {
  readonly members: readonly Member[];
  /** The places of the lone uses. */
  readonly bare: number[];
  /** After each lone use, the principal so far: the member most lone uses stood for (-1 while none). */
  readonly principal: number[];
}

/** One text's surnames, by prepared text: made once, so a text of many lone surnames costs about its length. */
const byText = new WeakMap<PreparedText, SharedSurnames>();

/** Whether tokens `from`..`to` of a phrase hold a lone surname that `sharedSurnameHolder` gave no one. */
export function doubtedSurname(p: PreparedText, tokens: readonly Token[], from: number, to: number): boolean {
  const doubted = byText.get(p)?.doubted;
  if (!doubted || doubted.size === 0) return false;
  for (let i = from; i < to && i < tokens.length; i++) if (doubted.has(tokens[i].start)) return true;
  return false;
}

/**
 * The person a lone surname (`np.name`, one word, after the courtesy title `title` if any) stands for when the text
 * names two people or more of that surname before it: `looked` kept, another member, or null for no one. Any other
 * phrase, or a surname only one person of the text holds, keeps `looked`. `s`: the sentence of the phrase.
 */
export function sharedSurnameHolder(registry: SpeakerRegistry, p: PreparedText, s: number, name: readonly Token[], title: readonly Token[], found: SpeakerRecord | null): SpeakerRecord | null {
  const looked = ownPersonOverBorrowed(registry, p, name, found); // this text's own Declan Duffy over another's Colm Duffy
  if (name.length !== 1 || !looked || looked.kind !== 'person' || !title.every((t) => sexOfTitle([t]) !== null || t.text === '.')) return looked;
  let surnames = byText.get(p);
  if (!surnames || surnames.registry !== registry) byText.set(p, (surnames = new SharedSurnames(registry, p, isHeadlineSentence(p, 0) ? p.sentences[0].end : 0)));
  return surnames.holder(name[0], title, looked, s);
}

class SharedSurnames {
  private capitals: Capitals | null = null;
  private readonly surnames = new Map<string, Surname>();
  /** By surname as written: whether two different capitalised words stand before it (namedInFullTwice). */
  private readonly fullyNamed = new Map<string, boolean>();
  private readonly text: string;
  private readonly article: string | null;
  /** Where each sentence starts, to find a place's sentence by halving. */
  private readonly starts: number[];
  /** Where the lone surnames given no one stand. */
  readonly doubted = new Set<number>();

  constructor(
    readonly registry: SpeakerRegistry,
    private readonly p: PreparedText,
    /** Where the text's headline ends (0 when it has none): a headline's capitals are its style, not names. */
    private readonly headlineEnd: number,
  ) {
    this.text = p.text;
    this.article = p.id;
    this.starts = p.sentences.map((x) => x.start);
  }

  /** The sentence that holds offset `at` (the last one starting at or before it). */
  private sentenceAt(at: number): number {
    return Math.max(0, lastBefore(this.starts, at + 1));
  }

  holder(word: Token, title: readonly Token[], looked: SpeakerRecord, s: number): SpeakerRecord | null {
    const surname = normalizeName([word.text])[0];
    if (looked.last !== surname || !this.namedInFullTwice(word.text)) return looked;
    const { members, bare, principal } = this.surnameOf(surname);
    const known = members.filter((m) => m.at.length > 0 && m.at[0] < word.start);
    const sex = sexOfTitle(title);
    // `Mayor Oskar Kral … "…," Kral said.` before the text introduces his son Filip Kral: the one member named so far,
    // not the registry's answer, which weighs the whole text (the son named more often further down).
    if (known.length === 1 && !known[0].records.includes(looked) && members.some((m) => m.records.includes(looked))) return sex && !known[0].records.some((r) => this.registry.gender(r) === sex) ? looked : known[0].records[0];
    if (known.length === 0 && members.some((m) => m.records.includes(looked))) return this.introducedBefore(surname, word.start) ?? looked;
    // Once a relative is named, that person named in full before them is still whom the surname alone was for, if the
    // text called them so in between (the principal); else the two are one surname the text does not tell apart.
    const firstNamed = known.length === 1 && title.length === 0 ? this.introducedBefore(surname, known[0].at[0]) : null;
    if (firstNamed && !known[0].records.includes(firstNamed)) return this.calledAloneBetween(surname, firstNamed, known[0].at[0]) ? firstNamed : null;
    if (known.length < 2) return sex ? this.titledJustNamed(surname, word.start, s, sex) ?? looked : looked;
    const pool = sex ? known.filter((m) => m.records.some((r) => this.registry.gender(r) === sex)) : known;
    // A title whose sex no member is known to have says nothing the registry's answer did not weigh.
    if (pool.length === 0) return looked;
    const k = lastBefore(bare, word.start);
    const chosen = this.choose(pool, word.start, s, k < 0 ? null : members[principal[k]] ?? null, looked).member;
    if (chosen === null) this.doubted.add(word.start);
    return chosen === null ? null : chosen.records.includes(looked) ? looked : chosen.records[0];
  }

  /**
   * Which of `pool` (two or more members, or one a title picked) a lone surname at `at`, in sentence `s`, stands for,
   * and whether a subject named by the given name alone picked them (`Her father Tomas disagreed.`).
   */
  private choose(pool: readonly Member[], at: number, s: number, principal: Member | null, looked: SpeakerRecord | null): { member: Member | null; byGivenName: boolean } {
    if (pool.length === 1) return { member: pool[0], byGivenName: false };
    // `Her father Tomas disagreed. "…," Kral said.`: the one member a sentence just before made its subject; but one
    // named by the given name who spoke in that sentence (`"…," Tom told her. "…," Kral said.`) hands over to the
    // surname of someone else: writers change the name they use to change the speaker.
    const before = this.p.sentences[Math.max(0, s - 1)];
    const from = before.start;
    const spoke = s > 0 && this.p.quotes[this.p.firstQuoteOf[s - 1]]?.start < before.end;
    const givenFrom = spoke ? this.p.sentences[s].start : from;
    const subjects = pool.filter((m) => namedBetween(m.fullSubjectAt, from, at) || namedBetween(m.givenSubjectAt, givenFrom, at));
    if (subjects.length > 0) return { member: subjects.length === 1 ? subjects[0] : null, byGivenName: subjects.length === 1 && !namedBetween(subjects[0].fullSubjectAt, from, at) };
    if (principal && pool.includes(principal)) return { member: principal, byGivenName: false };
    const near = pool.filter((m) => namedBetween(m.at, from, at));
    const actor = near.length === 1 ? relativeActing(this.registry, this.text.slice(near[0].at[lastBefore(near[0].at, at)], at), pool, near[0]) : null;
    if (actor) return { member: actor, byGivenName: false };
    if (near.length > 0) return { member: near.length === 1 && looked && near[0].records.includes(looked) ? near[0] : null, byGivenName: false };
    // Before the text has used the surname alone, the member it introduced first, if the registry's answer too or named
    // more often than each other so far (not the one whose death opens an obituary of children), and never by the
    // given name alone as a subject (`Vera said`: the text keeps the surname for another).
    const first = pool.reduce((a, b) => (b.at[0] < a.at[0] ? b : a));
    const times = (m: Member): number => lastBefore(m.at, at) + 1;
    const leads = ((looked !== null && first.records.includes(looked)) || pool.every((m) => m === first || times(m) < times(first))) && lastBefore(first.givenSubjectAt, at) < 0;
    return { member: leads ? first : null, byGivenName: false };
  }

  /**
   * `Chief Minister Rekha Sharma ordered an inquiry. … Anil Sharma, the opposition leader, said it was a delay. "…,"
   * Mr Sharma said.`: two people of the surname named in full, neither with a sex the text or a list of given names
   * tells (so no member, membersOf), and a courtesy title: the one named in full in this sentence or the one before,
   * when the other is not and is not known to be of the other sex. The registry's answer is only the one mentioned
   * most, and had given the opposition leader's words to the chief minister. Else null (the registry's answer stands).
   */
  private titledJustNamed(surname: string, at: number, s: number, sex: 'male' | 'female'): SpeakerRecord | null {
    const from = this.p.sentences[Math.max(0, s - 1)].start;
    const named = new Set<SpeakerRecord>();
    let near: SpeakerRecord | null = null;
    for (const run of this.capitalsOf().runsByLast.get(surname) ?? []) {
      if (run.at >= at) break;
      const record = this.registry.lookupName(run.words, this.article);
      if (!record || record.kind !== 'person' || record.first === null || record.last !== surname) continue;
      named.add(record);
      if (run.at >= from) near = near === null || near === record ? record : this.registry.gender(near) === null ? null : near;
    }
    if (!near || named.size < 2 || (this.registry.gender(near) ?? sex) !== sex) return null;
    for (const other of named) if (other !== near && this.registry.gender(other) === sex) return null;
    return near;
  }

  /**
   * `When Taro Okabe first drove a train ... "…," Okabe said. His daughter, Emi Okabe, …`: before any member is named,
   * the one person the text named in full with the surname before `at`, though the text tells nothing of them that
   * makes them a member (a sex, two full namings); the registry's answer, a member named only later, no writer means.
   * Never from the first paragraph, which may be a title of capitals (`Understated Perez raises political profile.`).
   */
  private introducedBefore(surname: string, at: number): SpeakerRecord | null {
    const { runsByLast, lowerWords } = this.capitalsOf();
    let found: SpeakerRecord | null = null;
    for (const run of runsByLast.get(surname) ?? []) {
      if (run.at >= at) break;
      if (this.p.sentences[this.sentenceAt(run.at)].paragraph === 0 || !/^\p{Lu}\p{Ll}/u.test(run.words[0]) || run.words.slice(0, -1).some((w) => lowerWords.has(w.toLowerCase()) || ORGANISATION_WORDS.has(w.toLowerCase()))) continue; // `Team Trump`
      const record = this.registry.lookupName(run.words, this.article);
      if (!record || record.kind !== 'person' || record.first === null || record.last !== surname || (this.article !== null && !record.articles.has(this.article))) continue;
      if (found && found !== record) return null;
      found = record;
    }
    return found;
  }

  /** Whether the text uses `surname` alone after naming `record` in full and before `to`. */
  private calledAloneBetween(surname: string, record: SpeakerRecord, to: number): boolean {
    const { runsByLast, words } = this.capitalsOf();
    const from = (runsByLast.get(surname) ?? []).find((run) => this.registry.lookupName(run.words, this.article) === record)?.at;
    return from !== undefined && (words.get(surname) ?? []).some((at) => at > from && at < to && at >= this.headlineEnd && this.standsAlone(at));
  }

  /**
   * Whether the text writes `surname` (as the lone use spells it) after two different capitalised words (`Ana Kral`,
   * `Filip Kral`): without that, no two members can be, and the text's capitals are not read (most texts name one
   * person of a surname; reading every text's capitals cost a tenth of a build). Found with `indexOf`, once a surname.
   */
  private namedInFullTwice(surname: string): boolean {
    const known = this.fullyNamed.get(surname);
    if (known !== undefined) return known;
    const before = new Set<string>();
    for (let at = this.text.indexOf(surname); at >= 0 && before.size < 2; at = this.text.indexOf(surname, at + surname.length)) {
      if (/[\p{L}\p{M}]/u.test(this.text.charAt(at + surname.length))) continue;
      const given = /(\p{Lu}[\p{L}\p{M}'\u2019-]*)[ \t]+$/u.exec(this.text.slice(Math.max(0, at - 40), at));
      if (given) before.add(given[1]);
    }
    this.fullyNamed.set(surname, before.size >= 2);
    return before.size >= 2;
  }

  /** A surname's members, and who each lone use of it stood for, read once (in text order) the first time it is asked about. */
  private surnameOf(surname: string): Surname {
    const made = this.surnames.get(surname);
    if (made) return made;
    const members = this.membersOf(surname);
    const bare: number[] = [];
    const principal: number[] = [];
    if (members.length >= 2) {
      const looked = this.registry.lookupName([surname], this.article);
      const uses = new Array<number>(members.length).fill(0);
      let lead = -1;
      for (const at of this.capitalsOf().words.get(surname) ?? []) {
        if (at < this.headlineEnd || !this.standsAlone(at)) continue;
        const s = this.sentenceAt(at);
        const known = members.filter((m) => m.at.length > 0 && m.at[0] < at);
        const { member: chosen, byGivenName } = known.length > 1 ? this.choose(known, at, s, lead < 0 ? null : members[lead], looked) : { member: known[0] ?? null, byGivenName: false };
        // A surname used for a member just named by the given name alone (`Her father Tomas … Kral said`) is that
        // sentence's licence, not what the text calls them: writers keep the given name for relatives.
        if (chosen && !byGivenName) {
          const c = members.indexOf(chosen);
          uses[c]++;
          if (lead < 0 || uses[c] > uses[lead]) lead = c;
        }
        bare.push(at);
        principal.push(lead);
      }
    }
    const read: Surname = { members, bare, principal };
    this.surnames.set(surname, read);
    return read;
  }

  /**
   * Whether the capitalised word at `at` is the surname alone: no capital of a name or title just before (`Vera
   * Kral`, `Mr. Kral`, but not a sentence's opening word), none just after (`Kral Ferries`), no article (`the Kral boat`).
   */
  private standsAlone(at: number): boolean {
    const before = /(\S+)[ \t]+$/u.exec(this.text.slice(Math.max(0, at - 40), at));
    if (before) {
      const word = before[1];
      if (/^(?:the|a|an)$/i.test(word)) return false;
      if (/^\p{Lu}/u.test(word) && !(opensSentence(this.text, at - before[0].length) && this.capitalsOf().lowerWords.has(word.toLowerCase()))) return false;
    }
    NAME_WORD.lastIndex = at + (/^[\p{L}\p{M}'\u2019-]+/u.exec(this.text.slice(at, at + 60))?.[0].length ?? 0);
    return NAME_WORD.exec(this.text) === null;
  }

  /** The people of this text whose surname is `surname` (one full name each at least), with the places they are named. */
  private membersOf(surname: string): readonly Member[] {
    const { runsByLast, words, lowerWords } = this.capitalsOf();
    const found = new Map<SpeakerRecord, Array<{ at: number; last: string }>>();
    for (const run of runsByLast.get(surname) ?? []) {
      const record = this.registry.lookupName(run.words, this.article);
      if (!record || record.kind !== 'person' || record.first === null || record.last !== surname) continue;
      if (this.article !== null && !record.articles.has(this.article)) continue;
      // `Had Sanders won`, `Will Sanders come down?`: a sentence's first word, capitalised only there.
      if (opensSentence(this.text, run.at) && lowerWords.has(run.words[0].toLowerCase())) continue;
      const place = { at: run.at, last: run.words[run.words.length - 1] };
      const at = found.get(record);
      if (at) at.push(place);
      else found.set(record, [place]);
    }
    // A member's given names are no words the text writes in lower case (`Former AG Mukasey`), and it has a sex the
    // text or the given name tells, or a full name the text gives in two sentences whose given names are no
    // abbreviations: capitals before a surname (`Wisconsin Trump`, `Who Endorse Trump`, `AG Lynch`) are no relative.
    for (const [record, named] of found) {
      if (record.first!.split(' ').some((w) => lowerWords.has(w))) found.delete(record); // `Former AG Mukasey`
      if (this.registry.gender(record) !== null) continue;
      const given = named.map((n) => this.text.slice(n.at, n.at + 40).split(/\s+/)[0]);
      if (new Set(named.map((n) => this.sentenceAt(n.at))).size < 2 || given.some((w) => lowerWords.has(w.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(w))) found.delete(record);
    }
    const members: Member[] = [];
    if (found.size > MAX_MEMBERS) found.clear();
    for (const [record, named] of found) {
      // The given name alone names the member too (`Her father Tomas disagreed`), once the full name has.
      const first = record.first!.split(' ')[0];
      const given = (words.get(first) ?? []).filter((g) => g > named[0].at && !named.some((n) => n.at === g)).map((g) => ({ at: g, last: WORD.exec(this.text.slice(g, g + 60))?.[0] ?? '' }));
      const places = [...named, ...given];
      const subject = (n: { at: number; last: string }): boolean => !/['\u2019]s?$/u.test(n.last) && opensClause(this.p, this.p.sentences[this.sentenceAt(n.at)], n.at, surname);
      const full = sortedSet(named.filter(subject).map((n) => n.at));
      const byGiven = sortedSet(given.filter(subject).map((n) => n.at));
      const same = members.find((m) => m.records.some((r) => shortFormOf(r.first!.split(' ')[0], first)));
      if (same) {
        same.records.push(record);
        same.at = sortedSet([...same.at, ...places.map((n) => n.at)]);
        same.fullSubjectAt = sortedSet([...same.fullSubjectAt, ...full]);
        same.givenSubjectAt = sortedSet([...same.givenSubjectAt, ...byGiven]);
        same.subjectAt = sortedSet([...same.fullSubjectAt, ...same.givenSubjectAt]);
      } else members.push({ records: [record], at: sortedSet(places.map((n) => n.at)), subjectAt: sortedSet([...full, ...byGiven]), fullSubjectAt: full, givenSubjectAt: byGiven });
    }
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

/** The place in `sorted` of its last number below `at`, or -1. */
function lastBefore(sorted: readonly number[], at: number): number {
  return firstAtLeastIn(sorted, at) - 1;
}

function sortedSet(places: readonly number[]): number[] {
  return [...new Set(places)].sort((a, b) => a - b);
}

/** Whether one of `at` (sorted) lies in [from, to). */
function namedBetween(at: readonly number[], from: number, to: number): boolean {
  const first = lastBefore(at, from) + 1;
  return first < at.length && at[first] < to;
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
