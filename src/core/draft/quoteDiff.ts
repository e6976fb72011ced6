// What differs between a draft's quotation and the source's wording, word by word, and whether the difference
// changes what was said: a negation, a number, a name, a date or a hedge added, dropped or swapped. A change of
// punctuation, case or quote style is no difference at all. The word alignment is jsdiff's (Myers' algorithm),
// over the words as the matcher compares them, showing each word as it is written.
import { diffArrays } from 'diff';
import { tokenizeWords } from '../text/normalizeText';

export type WordChangeKind = 'same' | 'removed' | 'added';

/** A run of words: `removed` stands in the source but not the draft; `added` in the draft but not the source. */
export interface WordChange {
  readonly kind: WordChangeKind;
  readonly text: string;
}

export type MeaningChangeKind = 'negation' | 'number' | 'name' | 'date' | 'hedge';

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
}

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without']);
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
const SEVERITY: readonly MeaningChangeKind[] = ['negation', 'number', 'name', 'date', 'hedge'];
/** Beyond this many edits the two wordings are not the same words altered, and no diff is worth showing. */
const MAX_EDITS = 200;

interface Word {
  /** As written. */
  readonly text: string;
  /** As compared: lower case, straight apostrophe, no diacritics. */
  readonly norm: string;
  /** Written with a capital while not the first word of its sentence: a name. */
  readonly named: boolean;
}

function wordsOf(text: string): Word[] {
  const tokens = tokenizeWords(text);
  return tokens.map((t, i) => {
    const written = text.slice(t.start, t.end);
    const sentenceStart = i === 0 || /[.!?:]["'\u201D\u2019)]*\s*$/.test(text.slice(tokens[i - 1].end, t.start));
    return { text: written, norm: t.word, named: !sentenceStart && /^\p{Lu}/u.test(written) };
  });
}

function kindsOf(word: Word): MeaningChangeKind[] {
  const kinds: MeaningChangeKind[] = [];
  const w = word.norm;
  if (NEGATIONS.has(w) || /n't$/.test(w)) kinds.push('negation');
  if (/\d/.test(w) || NUMBER_WORDS.has(w)) kinds.push('number');
  if (DATE_WORDS.has(w) || /^(1[89]|20)\d\d$/.test(w)) kinds.push('date');
  if (HEDGES.has(w)) kinds.push('hedge');
  if (word.named && !DATE_WORDS.has(w)) kinds.push('name');
  return kinds;
}

/** The draft's quotation against the source's wording. */
export function diffQuote(draftText: string, sourceText: string): QuoteDifference {
  const draft = wordsOf(draftText);
  const source = wordsOf(sourceText);
  const changes = diffArrays(source, draft, { comparator: (a: Word, b: Word) => a.norm === b.norm, maxEditLength: MAX_EDITS });
  if (!changes) return { parts: [{ kind: 'removed', text: sourceText }, { kind: 'added', text: draftText }], meaning: [], typographic: false };
  const parts: WordChange[] = [];
  const removed: Word[] = [];
  const added: Word[] = [];
  for (const change of changes) {
    const words = change.value as Word[];
    const kind: WordChangeKind = change.removed ? 'removed' : change.added ? 'added' : 'same';
    if (kind === 'removed') removed.push(...words);
    if (kind === 'added') added.push(...words);
    parts.push({ kind, text: words.map((w) => w.text).join(' ') });
  }
  return { parts, meaning: meaningChanges(removed, added), typographic: removed.length === 0 && added.length === 0 };
}

/** Kinds whose words were dropped or brought in; a word that only moved (in both lists) changes nothing. */
function meaningChanges(removed: readonly Word[], added: readonly Word[]): MeaningChange[] {
  const out: MeaningChange[] = [];
  for (const kind of SEVERITY) {
    const gone = removed.filter((w) => kindsOf(w).includes(kind));
    const come = added.filter((w) => kindsOf(w).includes(kind));
    const goneNorms = new Set(gone.map((w) => w.norm));
    const comeNorms = new Set(come.map((w) => w.norm));
    const lost = gone.filter((w) => !comeNorms.has(w.norm)).map((w) => w.text);
    const gained = come.filter((w) => !goneNorms.has(w.norm)).map((w) => w.text);
    if (lost.length || gained.length) out.push({ kind, removed: lost, added: gained });
  }
  return out;
}

const KIND_WORDS: Record<MeaningChangeKind, string> = { negation: 'a negation', number: 'a number', name: 'a name', date: 'a date', hedge: 'a hedge' };

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
