// What differs between a draft's quotation and the source's wording, word by word, and whether the difference
// changes what was said: a negation, a number, a name, a date or a hedge added, dropped or swapped. A change of
// punctuation, case or quote style is no difference at all. The word alignment is jsdiff's (Myers' algorithm),
// over the words as the matcher compares them, showing each word as it is written.
import { diffArrays } from 'diff';
import { tokenizeWords } from '../text/normalizeText';
import { expandContraction } from './contractions';
import { alikeSpelling, joinedNumbers } from './spelledAlike';
import { oppositesGiven } from './oppositeWords';
import { keptByPolarity, refuses } from './keptPolarity';

export type WordChangeKind = 'same' | 'removed' | 'added';

/** A run of words: `removed` stands in the source but not the draft; `added` in the draft but not the source. */
export interface WordChange {
  readonly kind: WordChangeKind;
  readonly text: string;
  /**
   * Of a dropped or added run, the words the speaker said: without an editor's bracketed words (`[censored]`) and
   * the names of people the other text names already (`Ted` of `Ted Cruz` for `Cruz`). Absent when all are.
   */
  readonly said?: string;
}

export type MeaningChangeKind = 'negation' | 'opposite' | 'number' | 'name' | 'date' | 'hedge';

export interface MeaningChange {
  readonly kind: MeaningChangeKind;
  /** The source's words of that kind that the draft lacks. */
  readonly removed: readonly string[];
  /** The draft's words of that kind that the source lacks. */
  readonly added: readonly string[];
}

export interface QuoteDifference {
  /** Source against draft, in reading order; words both share are shown as the source writes them. */
  readonly parts: readonly WordChange[];
  /** The changes of meaning among those differences, most serious first. */
  readonly meaning: readonly MeaningChange[];
  /** True when the words are the same and only punctuation, case or quote style differ. */
  readonly typographic: boolean;
  /**
   * True when a changed run begins or ends a sentence of its text where the other text's sentence goes on: the
   * two join the speaker's sentences differently (`I meant that. He's …` against `No, I meant he's …`).
   */
  readonly resegmented: boolean;
}

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without']);
/** Negations that only say no, swapped one for another in translations (`we don't pay attention` / `we pay no attention`). */
const PLAIN_NEGATIONS = new Set(['not', 'no', 'cannot']);
/** `neither … nor`: two negations that say no as a pair does, together only. */
const CORRELATIVE_NEGATIONS = new Set(['neither', 'nor']);
/** Hedges that say only that a thing is possible, one as much as another. */
const POSSIBILITY_HEDGES = new Set(['may', 'might', 'could']);
const HEDGES = new Set(['may', 'might', 'could', 'would', 'should', 'can', 'possibly', 'perhaps', 'maybe', 'likely', 'unlikely', 'probably', 'allegedly', 'reportedly', 'apparently', 'seemingly', 'some', 'almost', 'nearly']);
const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
  'billions', 'trillion', 'dozen', 'dozens', 'half', 'percent', 'first', 'second', 'third', 'once', 'twice', 'all', 'every',
]);
const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow',
  'yesterday', 'tonight', 'week', 'month', 'year', 'decade', 'century', 'spring', 'summer', 'autumn', 'fall', 'winter',
]);
/** Words for a stretch of time rather than a date: dropping or adding one (`the winter floods`) changes no date; swapping one for another (`last year` for `last month`) does. */
const PERIOD_WORDS = new Set(['week', 'month', 'year', 'decade', 'century', 'spring', 'summer', 'autumn', 'fall', 'winter']);
const SEVERITY: readonly MeaningChangeKind[] = ['negation', 'number', 'name', 'date', 'hedge'];
/** Beyond this many edits the two wordings are not the same words altered, and no diff is worth showing. */
const MAX_EDITS = 200;

interface Word {
  /** As written (a contraction whole, on its first word; a bracketed word with its bracket). */
  readonly text: string;
  /** As shown when the word stands apart from its contraction's other word (`can`, `not` of `can't`). */
  readonly apart: string;
  /** The first (`head`) or second (`tail`) of the two words a contraction stands for. */
  readonly pair: 'head' | 'tail' | null;
  /** As compared: lower case, straight apostrophe, no diacritics, in the spelling its other spellings share (spelledAlike.ts). */
  readonly norm: string;
  /** Other words this one stands for (`'d`: would or had). */
  readonly also: readonly string[];
  /** Written with a capital while not the first word of its sentence: a name. */
  readonly named: boolean;
  /** The first word of a sentence (not of the text). */
  readonly startsSentence: boolean;
  /** Within square brackets: an editor's words (`[Clinton]`, `[censored]`), not the speaker's. */
  readonly bracketed: boolean;
  /** A number word that counts nothing where it stands: `first` of `at first`, `once` of `at once` (see markWhenWords). */
  whenWord?: true;
}

/**
 * Marks the number words of phrases that say when, not how many (`at first`, `at once`, `first of all`): another
 * translation says `at the beginning` or `immediately` for them, which changes no number.
 */
function markWhenWords(words: Word[]): void {
  words.forEach((w, i) => {
    const after = i > 0 && words[i - 1].norm === 'at';
    const ofAll = w.norm === 'first' && words[i + 1]?.norm === 'of' && words[i + 2]?.norm === 'all';
    if ((w.norm === 'once' && after) || (w.norm === 'first' && (after || ofAll))) w.whenWord = true;
    if (ofAll) words[i + 2].whenWord = true;
  });
}

/** Says whether a first name (`Ted`) with a surname (`Cruz`) names the one the surname alone stands for in the sources. */
export type SamePerson = (fullName: readonly string[], surname: string) => boolean;

export interface DiffOptions {
  /** Without it, a first name added to or dropped from a surname is a change of name. */
  readonly samePerson?: SamePerson;
}

/** A word's `also` when it stands for no other (most words): one shared array, not one a word. */
const NO_OTHER_WORDS: readonly string[] = Object.freeze([]);
const SENTENCE_END = /[.!?:]["'\u201D\u2019)\]]*\s*$/;

/**
 * The words of the texts compared lately. A check compares the same few texts again and again (a source quote with
 * each draft quote found in it; a draft quote for its verdict, then for its report), and reading a text's words
 * (a spelling key a word) costs more than the comparison. The words are the text's alone, never changed after
 * `readWords`: sharing them changes no result. Bounded: texts of up to 2,000 characters, emptied when full.
 */
const recentWords = new Map<string, Word[]>();
const RECENT_TEXTS = 256;
const LONGEST_KEPT = 2000;

function wordsOf(text: string): Word[] {
  // A long text (a pasted page in quotation marks) is read each time rather than kept: the cache holds quotes' words.
  if (text.length > LONGEST_KEPT) return readWords(text);
  let words = recentWords.get(text);
  if (words === undefined) {
    if (recentWords.size >= RECENT_TEXTS) recentWords.clear();
    recentWords.set(text, (words = readWords(text)));
  }
  return words;
}

function readWords(text: string): Word[] {
  const tokens = joinedNumbers(tokenizeWords(text), text);
  const words: Word[] = [];
  let depth = 0;
  tokens.forEach((t, i) => {
    const written = text.slice(t.start, t.end);
    const gap = i === 0 ? text.slice(0, t.start) : text.slice(tokens[i - 1].end, t.start);
    const opens = gap.includes('[');
    if (opens) depth = 1;
    const bracketed = depth > 0;
    // A `]` between this word and the next, looked for only inside brackets (most words are not).
    const close = bracketed ? text.indexOf(']', t.end) : -1;
    const closes = close >= 0 && close < (i + 1 < tokens.length ? tokens[i + 1].start : text.length);
    if (closes) depth = 0;
    const shown = `${opens ? '[' : ''}${written}${closes ? ']' : ''}`;
    const startsSentence = i > 0 && SENTENCE_END.test(gap);
    // `I` is written with a capital everywhere: the pronoun names no one.
    const named = i > 0 && !startsSentence && /^\p{Lu}/u.test(written) && written !== 'I';
    const expansion = expandContraction(t.word);
    if (!expansion) {
      words.push({ text: shown, apart: shown, pair: null, norm: alikeSpelling(t.word), also: NO_OTHER_WORDS, named, startsSentence, bracketed });
      return;
    }
    const head = /^\p{Lu}/u.test(written) ? expansion.head[0].toUpperCase() + expansion.head.slice(1) : expansion.head;
    words.push({ text: shown, apart: head, pair: 'head', norm: expansion.head, also: NO_OTHER_WORDS, named, startsSentence, bracketed });
    words.push({ text: '', apart: expansion.tail, pair: 'tail', norm: expansion.tail, also: expansion.tailAlso, named: false, startsSentence: false, bracketed });
  });
  markWhenWords(words);
  return words;
}

/** A run of words as written: a contraction whole where both its words are in the run, else the word it stands for. */
function shown(words: readonly Word[]): string {
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w.pair === 'tail' && words[i - 1]?.pair === 'head') return;
    out.push(w.pair === 'head' && words[i + 1]?.pair === 'tail' ? w.text : w.apart);
  });
  return out.join(' ');
}

function kindsOf(word: Word): MeaningChangeKind[] {
  const kinds: MeaningChangeKind[] = [];
  const w = word.norm;
  if (NEGATIONS.has(w) || /n't$/.test(w) || refuses(w)) kinds.push('negation');
  if (/\d/.test(w) || (NUMBER_WORDS.has(w) && !word.whenWord)) kinds.push('number');
  // `may` in lower case is the modal, never the month.
  if ((DATE_WORDS.has(w) && !(w === 'may' && !/^\[?M/.test(word.text))) || /^(1[89]|20)\d\d$/.test(w)) kinds.push('date');
  if (HEDGES.has(w)) kinds.push('hedge');
  if (word.named && !DATE_WORDS.has(w)) kinds.push('name');
  return kinds;
}

const sameWord = (a: Word, b: Word) => a.norm === b.norm || a.also.includes(b.norm) || b.also.includes(a.norm);

/** The draft's quotation against the source's wording. */
export function diffQuote(draftText: string, sourceText: string, options: DiffOptions = {}): QuoteDifference {
  const source = wordsOf(sourceText);
  // A text compared with itself is read twice, as before: the two sides' words are told apart by identity.
  const draft = draftText === sourceText ? readWords(draftText) : wordsOf(draftText);
  const changes = diffArrays(source, draft, { comparator: sameWord, maxEditLength: MAX_EDITS });
  if (!changes) return { parts: [{ kind: 'removed', text: sourceText }, { kind: 'added', text: draftText }], meaning: [], typographic: false, resegmented: false };
  const runs: Array<{ kind: WordChangeKind; words: Word[] }> = [];
  // Whether a changed run begins or ends a sentence of its text while the other text's sentence goes on there.
  let resegmented = false;
  let sourceAt = 0;
  let draftAt = 0;
  for (const change of changes) {
    const words = change.value as Word[];
    const kind: WordChangeKind = change.removed ? 'removed' : change.added ? 'added' : 'same';
    if (kind !== 'same') {
      const [own, other, at, otherAt] = kind === 'added' ? [draft, source, draftAt, sourceAt] : [source, draft, sourceAt, draftAt];
      const breaks = words.some((w) => w.startsSentence) || own[at + words.length]?.startsSentence === true;
      if (breaks && other[otherAt]?.startsSentence !== true) resegmented = true;
    }
    if (kind !== 'added') sourceAt += words.length;
    if (kind !== 'removed') draftAt += words.length;
    runs.push({ kind, words });
  }
  const removed = runs.flatMap((r) => (r.kind === 'removed' ? r.words : []));
  const added = runs.flatMap((r) => (r.kind === 'added' ? r.words : []));
  const sameName = new Set([...removed.filter((w) => w.named && sameNames(w, source, draft, options)), ...added.filter((w) => w.named && sameNames(w, draft, source, options))]);
  const parts = runs.map(({ kind, words }): WordChange => {
    const said = words.filter((w) => !w.bracketed && !sameName.has(w));
    return kind !== 'same' && said.length < words.length ? { kind, text: shown(words), said: shown(said) } : { kind, text: shown(words) };
  });
  const meaning = meaningChanges(removed, added, sameName, keptByPolarity(runs));
  const opposites = oppositesGiven(runs.map((r) => ({ kind: r.kind, norms: r.words.map((w) => w.norm) })));
  if (opposites.removed.length) {
    // Second in severity, after a negation.
    const at = meaning.findIndex((m) => m.kind !== 'negation');
    meaning.splice(at < 0 ? meaning.length : at, 0, { kind: 'opposite', ...opposites });
  }
  return { parts, meaning, typographic: removed.length === 0 && added.length === 0, resegmented };
}

/** The surnames a name word stands before: `Ted` in `Ted Cruz`, both words of `John Paul` in `John Paul Jones`. */
function fullNameAt(words: readonly Word[], i: number): { first: string[]; surname: string } | null {
  let end = i;
  while (end + 1 < words.length && words[end + 1].named) end++;
  if (end === i) return null;
  return { first: words.slice(i, end).map((w) => w.norm), surname: words[end].norm };
}

/**
 * Whether a name word one text has and the other lacks names no one else: the other text has the word too (only
 * repeated: `Israel … Israel's`), or it is a first name given to a surname both texts have (`Ted Cruz` for
 * `Cruz`) that the sources know as the one person that surname stands for.
 */
function sameNames(word: Word, own: readonly Word[], other: readonly Word[], options: DiffOptions): boolean {
  const bare = (w: string) => w.replace(/'s$/, '');
  // The other text may write it first in a sentence, where a capital shows no name (`I want …` / `… I want`).
  if (other.some((o) => /^\[?\p{Lu}/u.test(o.text) && bare(o.norm) === bare(word.norm))) return true;
  if (word.norm.length >= 4 && other.some((o) => o.named && sameSpelling(bare(o.norm), bare(word.norm)))) return true;
  if (!options.samePerson) return false;
  const i = own.indexOf(word);
  const name = fullNameAt(own, i);
  if (!name || !other.some((o) => bare(o.norm) === bare(name.surname))) return false;
  return options.samePerson([...name.first, name.surname].map(bare), bare(name.surname));
}

/**
 * Whether two name words are one name romanised two ways (`Lugansk` / `Luhansk`, `Odessa` / `Odesa`, `Kharkov` /
 * `Kharkiv`, `Zaporizhzhia` / `Zaporizhia` / `Zaporozhye`): the same first letter and the same consonants, the
 * Cyrillic letter read `g` or `h` counted as one, and a doubled `zh`, `kh`, `sh`, `ch` or `ts` (`жж`) as one. A short
 * name of two consonants (`Kiev` / `Kyiv`) may differ only in the vowels a Cyrillic `и`, `ы`, `і` or `е` is written
 * as. Translations of one speech spell its places both ways; a different name changes its consonants.
 */
function sameSpelling(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0]) return false;
  const consonants = (w: string) => w[0] + w.slice(1).replace(/[aeiouy]/g, '').replace(/g/g, 'h').replace(/(zh|kh|sh|ch|ts)\1+/g, '$1').replace(/(.)\1+/g, '$1');
  const ca = consonants(a);
  if (ca.length >= 3) return ca === consonants(b);
  const front = (w: string) => w.replace(/[iye]/g, 'i').replace(/(.)\1+/g, '$1');
  return Math.min(a.length, b.length) >= 4 && front(a) === front(b);
}

/** Kinds whose words were dropped or brought in; a word that only moved (in both lists) changes nothing. */
function meaningChanges(removed: readonly Word[], added: readonly Word[], sameName: ReadonlySet<Word>, keptPolarity: ReadonlySet<Word>): MeaningChange[] {
  const out: MeaningChange[] = [];
  const written = (w: Word) => (w.pair ? w.apart : w.text);
  for (const kind of SEVERITY) {
    // The source's bracketed words are its editor's, not the speaker's; the draft's bracketed name only says who.
    // A `not` the other wording says with a verb (`refuse to` / `do not want to`) keeps the sentence's polarity (keptPolarity.ts).
    const counts = (w: Word) => kindsOf(w).includes(kind) && !((kind === 'negation' || kind === 'hedge') && keptPolarity.has(w));
    const gone = removed.filter((w) => !w.bracketed && !(kind === 'name' && sameName.has(w)) && counts(w));
    const come = added.filter((w) => !(kind === 'name' && (w.bracketed || sameName.has(w))) && counts(w));
    const goneNorms = new Set(gone.map((w) => w.norm));
    const comeNorms = new Set(come.map((w) => w.norm));
    let lost = gone.filter((w) => !comeNorms.has(w.norm)).map(written);
    let gained = come.filter((w) => !goneNorms.has(w.norm)).map(written);
    // One plain negation for another keeps the sentence negative: no change of what was said. So does `neither … nor`
    // for two of them (`not this year and not in a hundred`, `neither this year nor in a hundred`), as translators write it.
    const plainIn = (words: readonly string[]) => {
      const lower = words.map((w) => w.toLowerCase());
      const paired = lower.includes('neither') && lower.includes('nor');
      return (w: string) => PLAIN_NEGATIONS.has(w.toLowerCase()) || /n't$/i.test(w) || (paired && CORRELATIVE_NEGATIONS.has(w.toLowerCase()));
    };
    if (kind === 'negation' && lost.length === gained.length && lost.every(plainIn(lost)) && gained.every(plainIn(gained))) continue;
    // So does one modal of possibility for another (`what could have been` / `what might have been`): translators pick either.
    const possible = (w: string) => POSSIBILITY_HEDGES.has(w.toLowerCase());
    if (kind === 'hedge' && lost.length === gained.length && lost.every(possible) && gained.every(possible)) continue;
    if (kind === 'date' && !(lost.length && gained.length)) {
      lost = lost.filter((w) => !PERIOD_WORDS.has(w.toLowerCase()));
      gained = gained.filter((w) => !PERIOD_WORDS.has(w.toLowerCase()));
    }
    if (lost.length || gained.length) out.push({ kind, removed: lost, added: gained });
  }
  return out;
}

const KIND_WORDS: Record<MeaningChangeKind, string> = { negation: 'a negation', opposite: 'a word for its opposite', number: 'a number', name: 'a name', date: 'a date', hedge: 'a hedge' };

/** `a negation (drops “not”)`, `a number (“40” for “14”)`: one change of meaning in words. */
export function describeMeaningChange(change: MeaningChange): string {
  const quoted = (words: readonly string[]) => words.map((w) => `“${w}”`).join(', ');
  if (change.removed.length && change.added.length) return `${KIND_WORDS[change.kind]} (${quoted(change.added)} for ${quoted(change.removed)})`;
  if (change.removed.length) return `${KIND_WORDS[change.kind]} (drops ${quoted(change.removed)})`;
  return `${KIND_WORDS[change.kind]} (adds ${quoted(change.added)})`;
}

/** The diff as one line of text: `will [-not-] {+never+} raise taxes` (removed in brackets, added in braces). */
export function formatDiff(parts: readonly WordChange[]): string {
  return parts.map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join(' ');
}
