// A lone name (`Xi`, `Wang`, `Li`: a family name written first, or a given name) that the sources never joined to
// anyone, yet is a word of people they name in full, one of them at least with a title (`Chinese President Xi
// Jinping`). Such a name is a person's, not a place or a misread word, and whoever it stands for bears it: a speaker
// whose name holds none of the words of any of its bearers is someone else. A lone name that no titled person bears
// tells nothing.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { FUNCTION_WORDS, ROLE_WORDS } from '../text/newsLexicon';
import { isSpellingVariant, tokenizeWords } from '../text/normalizeText';
import type { Speaker } from '../types';

/** A name's normalised words, as sets to compare. */
type NameWords = readonly string[];

interface Bearers {
  /** The registry's size when the table was made: a registry that learnt more people is read again. */
  readonly size: number;
  /** Each word of a person's name given in full: the names (their words) that bear it. */
  readonly byWord: ReadonlyMap<string, NameWords[]>;
  /** The words some person named in full with a title bears. */
  readonly titled: ReadonlySet<string>;
}

// Made once a registry, and only when a check meets a lone name: most checks never do.
const tables = new WeakMap<SpeakerRegistry, Bearers>();

function bearersTable(corpus: SpeakerRegistry): Bearers {
  const known = tables.get(corpus);
  if (known && known.size === corpus.size) return known;
  const byWord = new Map<string, NameWords[]>();
  const titled = new Set<string>();
  for (const record of corpus.records()) {
    if (record.kind !== 'person' || record.first === null) continue;
    const words = [...new Set(`${record.first} ${record.last}`.split(' ').filter((w) => w && !FUNCTION_WORDS.has(w)))];
    for (const word of words) {
      const list = byWord.get(word);
      if (list) list.push(words);
      else byWord.set(word, [words]);
      // A title shows the words are a person's name: a record named in full without one may be a misread phrase
      // (`Getty Images`, `Specifically I've`) that happens to hold the word.
      if (record.roles.size > 0) titled.add(word);
    }
  }
  const table = { size: corpus.size, byWord, titled };
  tables.set(corpus, table);
  return table;
}

/** The word of a speaker the sources know only by one word, with no title and no given name (`xi`); else null. */
export function loneWord(speaker: Speaker, corpus: SpeakerRegistry): string | null {
  if (speaker.kind !== 'person' || speaker.members || speaker.key.includes(' ')) return null;
  const record = corpus.record(speaker.key);
  if (!record || record.first !== null || record.roles.size > 0) return null;
  return record.last;
}

/**
 * The people named in full who bear a lone word (`xi`: `xi jinping`), when one of them at least has a title; else
 * none. All of them, titled or not, since the lone name may stand for any (`Hillary` for a voter `Hillary Jones`).
 */
export function bearersOf(word: string, corpus: SpeakerRegistry): readonly NameWords[] {
  const table = bearersTable(corpus);
  return table.titled.has(word) ? table.byWord.get(word)! : [];
}

/** Whether words for a lone-named speaker give it a title right before the name (`Mr Xi`, `Premier Li`). */
function titled(mention: string, word: string): boolean {
  const words = tokenizeWords(mention).map((t) => t.word);
  const at = words.lastIndexOf(word);
  return at > 0 && ROLE_WORDS.has(words[at - 1]);
}

/** The words of a speaker's name (a person's, normalised), without function words. */
function wordsOf(speaker: Speaker): NameWords {
  return tokenizeWords(speaker.name).map((t) => t.word).filter((w) => !FUNCTION_WORDS.has(w));
}

function shareAWord(a: NameWords, b: NameWords): boolean {
  return a.some((x) => b.some((y) => isSpellingVariant(x, y)));
}

/** The names a speaker may be known by, and whether it is known only by a lone name (see namesFor). */
export interface SpeakerNames {
  readonly names: readonly NameWords[];
  readonly lone: boolean;
}

/**
 * The names a speaker may be known by: a lone name's bearers (`xi jinping` for `Xi`); a person named in full or
 * with a title, their own name. Null for a lone name no titled person bears, or for a draft's lone name given no
 * title (`mention`: the draft's words for its speaker; a lone capital there may be a misread word, `Good news on
 * Dijk:`), and for anyone not identified otherwise (`identified`, asked only then).
 */
export function namesFor(speaker: Speaker, corpus: SpeakerRegistry, identified: () => boolean, mention?: string | null): SpeakerNames | null {
  if (speaker.kind !== 'person' || speaker.members) return null;
  const word = loneWord(speaker, corpus);
  if (word === null) return identified() ? { names: [wordsOf(speaker)], lone: false } : null;
  if (mention !== undefined && (mention === null || !titled(mention, word))) return null;
  const bearers = bearersOf(word, corpus);
  return bearers.length ? { names: bearers, lone: true } : null;
}

/**
 * Whether a draft's speaker and a source's, one of them or both known only by a lone name with bearers, may be one
 * person: some name of one shares a word with some name of the other. Null when neither is such a lone name (the
 * rules for names in full decide) or either is not identified.
 */
export function sameByLoneName(claimed: SpeakerNames | null, source: SpeakerNames | null): boolean | null {
  if (claimed === null || source === null || (!claimed.lone && !source.lone)) return null;
  return claimed.names.some((a) => source.names.some((b) => shareAWord(a, b)));
}
