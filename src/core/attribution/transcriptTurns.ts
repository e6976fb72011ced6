// A transcript's labelled lines (`HALE: Every reasonable expense will be reimbursed.`, `Q: ...` / `MS. KRAL: ...`,
// `Ana Kral, Foreign Minister: ...`) carry no quotation marks, yet each turn is its speaker's words. Which texts are
// transcripts is decided once a text, strictly: an ordinary article's datelines, kickers (`Update:`), fact lists
// (`Population: 3 million`) and one-off colons must stay narration, as a false alarm costs more than a miss.
import type { PreparedText } from '../text/prepareText';
import { COURTESY_TITLES, DETERMINERS, ROLE_HEADS, ROLE_WORDS } from '../text/newsLexicon';
import type { QuoteSpan, TextSpan } from '../types';
import { nonPersonKind } from './groupNames';
import { isStageNote, isStageParagraph } from './stageDirections';
import { bracketedName } from './bracketNames';
import { hasDottedQuestionLine, questionLine } from './interviewAnswers';
import { hasHearingLine, hearingLabel, nameCase } from './hearingLabels';
import { holderAfterOffice, officeHoldersShown } from './officeHolderLabels';
import { STOP_WORDS } from './tokenClasses';
import { namedInText } from './labelSurnames';

/**
 * A speaker's label opening a paragraph: its head (one to six capitalised words), a role after a comma (`, Interior
 * Minister`), a bracket (`(D-OR)`, `(through interpreter)`, `(Efua Sarpong)`) or two (a parliament's record:
 * `Mr Ivo Kral (North Vale) (Con)`, the seat then the party) and the colon; the turn then opens with a
 * word or a bracket, never a quotation mark (`Reyes: "..."` is the label rule's) nor a figure (`Born: 1961`).
 */
const LABEL =
  /^(\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*|of|for|the|de|da|del|van|von|bin|al|el|la|le)){0,8})(?:,[ \t]+([^:\n(),"\u201C]{1,50}?(?:,[ \t]+[^:\n(),"\u201C]{1,50}?)?))?(?:[ \t]*\(([^()\n]{1,80})\))?(?:[ \t]*\([^()\n]{1,30}\))?[ \t*_]*:[*_]*[ \t]+(?=[\p{L}([])/u;

/** A clock time opening a line, bare or in brackets, with a dash or a bar after it (`[00:01:05]`, `(12:04) -`). */
const TIME_STAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?[ \t]*(?:[-|\u2013\u2014][ \t]*)?(?=[\p{Lu}*_])/u;
const TIME_STAMP_CHARS = 24;

/** How far into a paragraph its label is looked for. */
const LABEL_CHARS = 160;

/** Lines a text needs with speakers' labels of one shape, of at least two speakers, to be read as a transcript. */
const MIN_LABELLED_LINES = 3;

/** Lines an interview of one question and its answer has. */
const QA_LINES = 2;

/** How many paragraphs after its labelled one a turn may run on. */
const MAX_TURN_PARAGRAPHS = 20;

/** Labels of the questioner: their words are a question, not the guest's. */
const HOST_ROLES: ReadonlySet<string> = new Set([
  'host', 'co-host', 'anchor', 'presenter', 'reporter', 'correspondent', 'moderator', 'interviewer', 'narrator',
  'announcer', 'questioner', 'journalist', 'chairman', 'chairwoman', 'chair', 'president', 'speaker', 'judge',
]);

/** Labels that name nobody (`UNIDENTIFIED MALE`, `AUDIENCE MEMBER`, `[inaudible]`). */
const NOBODY_WORDS: ReadonlySet<string> = new Set([
  'unidentified', 'unknown', 'inaudible', 'unintelligible', 'indiscernible', 'crosstalk', 'voice', 'voices', 'audience',
  'crowd', 'male', 'female', 'man', 'woman', 'men', 'women', 'caller', 'participant', 'protester', 'protesters',
  'several', 'multiple', 'group', 'off-camera', 'member', 'people', 'speakers',
]);

/**
 * Heads and kickers that open an article's lines with a colon and name no one: section heads, notes and fact boxes.
 * The name tests below turn most such lines away already; these are the ones shaped like a name.
 */
const KICKER_WORDS: ReadonlySet<string> = new Set([
  'update', 'updated', 'note', "editor's", 'editors', 'related', 'watch', 'analysis', 'correction', 'clarification',
  'source', 'sources', 'photo', 'photos', 'video', 'listen', 'read', 'see', 'also', 'background', 'context', 'breaking',
  'exclusive', 'opinion', 'comment', 'caption', 'credit', 'credits', 'disclaimer', 'summary', 'key', 'fast', 'facts',
  'timeline', 'latest', 'bottom', 'line', 'more', 'next', 'previously', 'earlier', 'tags', 'topics', 'filed', 'posted',
  'population', 'born', 'died', 'age', 'capital', 'area', 'language', 'languages', 'currency', 'religion', 'education',
  'occupation', 'party', 'spouse', 'children', 'website', 'address', 'phone', 'email', 'date', 'time', 'location',
  'venue', 'price', 'tickets', 'score', 'result', 'results', 'final', 'warning', 'advisory', 'alert', 'live', 'transcript',
  'copyright', 'index', 'today', 'tonight', 'tomorrow', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'q&a', 'quote', 'quotes', 'question', 'questions', 'answer', 'answers', 'vote', 'votes', 'total',
]);

/** What a label says of its speaker. */
export type TurnLabel =
  | { readonly kind: 'question' }
  | { readonly kind: 'answer' }
  | { readonly kind: 'nobody' }
  /** A role with no name (`HOST`): a description; with a name in its bracket (`ANCHOR (Efua Sarpong)`), a name. */
  | { readonly kind: 'role'; readonly role: string }
  /**
   * The name's words as a name is written (`Ruth Calloway` for `SEN. RUTH CALLOWAY`), titles left out; `titled`: a
   * title stood before them (`MINISTER PESKAR`), which makes a lone surname a person's, as in prose.
   */
  | { readonly kind: 'name'; readonly words: readonly string[]; readonly titled: boolean };

export interface TranscriptTurn {
  /** The label's words, without the colon (`SEN. RUTH CALLOWAY (D-OR)`). */
  readonly label: TextSpan & { readonly text: string };
  readonly speaker: TurnLabel;
  /** The turn's words, cut at the text's quotations and at stage directions, as quotations without marks. */
  readonly spans: readonly QuoteSpan[];
  /**
   * The text is read as a transcript only by a question and its answer (`Q:`, `A:`): its turns are quotations only
   * when the text names the one who answers, else they are an explainer's own questions and answers.
   */
  readonly needsInterviewee?: true;
}

interface Labelled {
  readonly paragraph: number;
  /** The role a bracket's name holds (`PRESENTER (Niamh Kral):`), whom the role's later labels mean. */
  readonly holds?: string;
  readonly label: TextSpan & { readonly text: string };
  readonly wordsFrom: number;
  readonly speaker: TurnLabel;
  readonly shape: 'caps' | 'title' | 'any';
  /** Who the label is, for the count of speakers (a surname, a role, `q`); null for a label of no one. */
  readonly key: string | null;
  /** Whether the label alone shows it is a speaker's (see readLabel). */
  readonly strong: boolean;
  /** The name an office's label may end in (`President of Eastland Ivo Peskar`; officeHolderLabels). */
  readonly holder?: readonly string[];
}

/** An office's label is its holder's once the record shows it heads its speakers so (officeHolderLabels). */
function officeHoldersNamed(p: PreparedText, labels: Labelled[]): void {
  if (!officeHoldersShown(p.text, labels)) return;
  labels.forEach((l, i) => {
    if (l.holder) labels[i] = { ...l, speaker: { kind: 'name', words: l.holder, titled: true }, key: bare(l.holder[1]) };
  });
}

const bare = (w: string) => w.toLowerCase().replace(/[.\u2019']+$/g, '').replace(/\u2019/g, "'");

/**
 * Where the line of `at` starts: a paragraph's span starts after what the masked text hides, and a label of a name
 * and a role (`KWAME ASANTE-BOATENG, Interior Minister:`) is hidden there as a dateline (`GENEVA, Switzerland:`) is.
 */
function lineStart(p: PreparedText, at: number): number {
  let i = at;
  while (i > 0 && at - i < LABEL_CHARS && p.text[i - 1] !== '\n' && p.text[i - 1] !== '\r') i--;
  return i > 0 && p.text[i - 1] !== '\n' && p.text[i - 1] !== '\r' ? at : i;
}

/** Reads the label of a paragraph's first line, or null. */
function readLabel(p: PreparedText, paragraph: number): Labelled | null {
  const span = p.paragraphs[paragraph];
  let at = lineStart(p, span.start);
  while (at < span.end && /[ \t*_>\u2022-]/.test(p.text[at])) at++;
  // A podcast's or a broadcast's time stamp before the label (`[00:01:05] INGRID SOLBERG:`) stamps the line.
  const stamp = TIME_STAMP.exec(p.text.slice(at, Math.min(span.end, at + TIME_STAMP_CHARS)));
  if (stamp) at += stamp[0].length;
  // Most paragraphs have no colon a label's length in: passed over without a slice or a regex.
  const limit = Math.min(span.end, at + LABEL_CHARS);
  let colon = at;
  while (colon < limit && p.text.charCodeAt(colon) !== 58) colon++;
  if (colon >= limit) return null;
  const m = LABEL.exec(p.text.slice(at, limit));
  if (!m) return null;
  const head = m[1].split(/[ \t]+/);
  const lowerHead = head.map(bare);
  const caps = !/\p{Ll}/u.test(m[1]);
  const title = !caps && head.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3);
  if (!caps && !title) return null;
  const shape = caps ? 'caps' : 'title';
  // The label runs to its colon, less the emphasis before it (`**HALE**:`).
  let end = at + m[0].lastIndexOf(':');
  while (end > at && /[ \t*_]/.test(p.text[end - 1])) end--;
  const base = { paragraph, label: { start: at, end, text: p.text.slice(at, end) }, wordsFrom: at + m[0].length };
  // `Question (Ivo Dorn, Daily Harbor):`: a press office's record names its askers, whose questions are then theirs.
  const question = head.length === 1 && (lowerHead[0] === 'q' || lowerHead[0] === 'question'), asker = question ? bracketedName(m[3], true) : null;
  if (question) return { ...base, speaker: asker ? { kind: 'name', words: asker, titled: false } : { kind: 'question' }, shape: 'any', key: asker ? bare(asker[asker.length - 1]) : 'q', strong: true };
  if (head.length === 1 && (lowerHead[0] === 'a' || lowerHead[0] === 'answer')) return { ...base, speaker: { kind: 'answer' }, shape: 'any', key: 'a', strong: true };
  if (lowerHead.some((w) => NOBODY_WORDS.has(w))) return { ...base, speaker: { kind: 'nobody' }, shape, key: null, strong: false };
  // `HOST:`, `THE PRESIDENT:`, `ANCHOR (Efua Sarpong):`: a role, named by its bracket or not at all; a parliament's
  // record names a minister so after the office and its portfolio (`The Secretary of State for Transport (Mia Chen):`).
  const roleWords = lowerHead.filter((w) => w !== 'the');
  const named = bracketedName(m[3]) ?? [], bracketName = named.length > 0;
  const portfolio = roleWords.findIndex((w) => w === 'of' || w === 'for');
  const office = portfolio > 0 && !COURTESY_TITLES.has(roleWords[0]) && roleWords.slice(0, portfolio).every((w) => HOST_ROLES.has(w) || ROLE_WORDS.has(w)) && roleWords.every((w) => !STOP_WORDS.has(w) || w === 'of' || w === 'for');
  if (office && bracketName) return { ...base, speaker: { kind: 'name', words: named, titled: false }, shape, key: bare(named[named.length - 1]), strong: true, holds: roleWords.join(' ') };
  if (office && !m[3]) {
    const holder = holderAfterOffice(head, lowerHead.lastIndexOf(lowerHead.lastIndexOf('for') > lowerHead.lastIndexOf('of') ? 'for' : 'of'), caps);
    return { ...base, speaker: { kind: 'role', role: roleWords.join(' ') }, shape, key: roleWords.join(' '), strong: true, ...(holder ? { holder } : {}) };
  }
  if (lowerHead.some((w) => KICKER_WORDS.has(w) || (STOP_WORDS.has(w) && w !== 'of') || (DETERMINERS.has(w) && w !== 'the'))) return null;
  if (roleWords.length > 0 && roleWords.every((w) => HOST_ROLES.has(w) || ROLE_WORDS.has(w))) {
    if (bracketName) return { ...base, speaker: { kind: 'name', words: named, titled: false }, shape, key: bare(named[named.length - 1]), strong: true, holds: roleWords.join(' ') };
    return { ...base, speaker: { kind: 'role', role: roleWords.join(' ') }, shape, key: roleWords.join(' '), strong: true };
  }
  // Titles before the name (`SEN.`, `MS.`, `MINISTER`, `Foreign Minister`) say it is a person's; the rest is the name.
  let first = 0;
  while (first < head.length - 1 && (ROLE_WORDS.has(lowerHead[first]) || COURTESY_TITLES.has(lowerHead[first]) || lowerHead[first] === 'the')) first++;
  // `FEMA ADMINISTRATOR MARCUS OYELARAN`, `KREMLIN SPOKESMAN IVO KRAL`: a body's name before its title is the title's too.
  if (first === 0) {
    const titleEnd = [1, 2].find((i) => i < head.length - 1 && ROLE_HEADS.has(lowerHead[i]) && !ROLE_HEADS.has(lowerHead[i + 1]));
    if (titleEnd !== undefined) first = titleEnd + 1;
  }
  const words = head.slice(first).map((w) => (caps ? nameCase(w) : w)).map((w) => w.replace(/\.$/, ''));
  if (words.length > 4 || words.some((w) => w.length < 2 || ROLE_WORDS.has(w.toLowerCase())) || nonPersonKind(words, first > 0) !== null) return null;
  const surname = words[words.length - 1];
  // A label shows itself a speaker's by a title, a role after its name, a name in full, or a surname the text gives
  // someone elsewhere; any other counts only in a text already shown to be a transcript.
  const role = m[2] !== undefined && m[2].split(/\s+/).some((w) => ROLE_WORDS.has(bare(w)) || HOST_ROLES.has(bare(w)));
  const strong = first > 0 || role || words.length >= 2 || namedInText(p, surname);
  return { ...base, speaker: { kind: 'name', words, titled: first > 0 }, shape, key: bare(surname), strong };
}

/** Roles a briefing's many askers share (`REPORTER (Ana Kral):`, then `REPORTER:` is the next journalist). */
const SHARED_LABEL_ROLES: ReadonlySet<string> = new Set(['reporter', 'reporters', 'correspondent', 'journalist', 'questioner']);

/**
 * `PRESENTER (Niamh Kral): Good morning.`, then `PRESENTER: And if the council says no?`: a transcript names a role's
 * holder in the bracket of its first label and not again; the later labels of the role are theirs. Two holders of one
 * role (two presenters named) leave its bare labels to no one named, and so does a role many share (a reporter).
 */
function holdersNamed(labels: Labelled[]): void {
  const holders = new Map<string, Labelled | null>();
  for (const l of labels) {
    if (l.holds === undefined || l.speaker.kind !== 'name' || l.holds.split(' ').some((w) => SHARED_LABEL_ROLES.has(w))) continue;
    const other = holders.get(l.holds);
    holders.set(l.holds, other === undefined || (other !== null && other.key === l.key) ? l : null);
  }
  if (holders.size === 0) return;
  labels.forEach((l, i) => {
    const holder = l.speaker.kind === 'role' ? holders.get(l.speaker.role) : undefined;
    if (holder && holder.paragraph < l.paragraph) labels[i] = { ...l, speaker: holder.speaker, key: holder.key };
  });
}

/** `Q. Why fish?` / `A. Because I grew up on a boat.`: labels with a full stop, read only in a text with such a question
 * line; elsewhere `A. Kral said` opens with an initial. */
function dottedLabel(p: PreparedText, paragraph: number): Labelled | null {
  const span = p.paragraphs[paragraph];
  let at = lineStart(p, span.start);
  while (at < span.end && /[ \t*_>\u2022-]/.test(p.text[at])) at++;
  const m = /^([QA])\.([*_]*)[ \t]+(?=[*_]*[\p{L}\p{N}"\u201C(])/u.exec(p.text.slice(at, Math.min(span.end, at + 8)));
  if (!m) return null;
  const question = m[1] === 'Q';
  const label = { start: at, end: at + 2, text: p.text.slice(at, at + 2) };
  const base = { paragraph, label, wordsFrom: at + m[0].length, shape: 'any' as const, strong: true };
  return question ? { ...base, speaker: { kind: 'question' }, key: 'q' } : { ...base, speaker: { kind: 'answer' }, key: 'a' };
}

/** A hearing record's label (`Senator KRAL.`, `The CHAIRMAN.`; hearingLabels.ts), read only in a text with one. */
function hearingTurn(p: PreparedText, paragraph: number): Labelled | null {
  const span = p.paragraphs[paragraph];
  const at = lineStart(p, span.start);
  const found = hearingLabel(p.text.slice(at, Math.min(span.end, at + LABEL_CHARS)));
  if (!found) return null;
  const label = { start: at, end: at + found.labelLength, text: p.text.slice(at, at + found.labelLength) };
  return { paragraph, label, wordsFrom: at + found.length, speaker: found.speaker, shape: 'any', key: found.key, strong: true };
}

/** The longest bracket read for a stage note (`(LAUGHTER)`, `(through interpreter)`). */
const STAGE_NOTE_CHARS = 60;

/**
 * A whole sentence of two words or more, capitalised and ended, as a reporter sets one in brackets or italics
 * between a speaker's words (`[She paused.]`, `*He shrugged at the cameras.*`); an editor's word put in a quotation
 * (`[Ghana's]`, `[it]`) is no sentence and stays the speaker's.
 */
const REPORTER_SENTENCE = /^\s*\p{Lu}[\p{L}\p{M}'\u2019-]*(?:[\s,;]+[\p{L}\p{M}\p{N}'\u2019-]+){1,}[.!?]\s*$/u;

/**
 * The stretches of `[from, to)` outside the text's quotations, stage directions and a reporter's bracketed or
 * italic sentences, each with two words or more.
 */
function turnSpans(p: PreparedText, from: number, to: number): QuoteSpan[] {
  const cuts: TextSpan[] = [];
  // The quotes are in the text's order: the first one ending after `from` is searched for, not every quote walked.
  let lo = 0;
  for (let hi = p.quotes.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (p.quotes[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let q = lo; q < p.quotes.length && p.quotes[q].start < to; q++) cuts.push(p.quotes[q]);
  // Read in the paragraph's own words: a search of the text from `from` would run on to its next bracket.
  const words = p.text.slice(from, to);
  for (const m of words.matchAll(/[([]([^()[\]\n]{1,200})[)\]]/g)) {
    if ((m[1].length <= STAGE_NOTE_CHARS && isStageNote(m[1])) || REPORTER_SENTENCE.test(m[1])) cuts.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  // `*He shrugged at the cameras.*`: a sentence set in italics within a turn is the reporter's, as a bracketed one is.
  for (const m of words.matchAll(/(?<![*_\p{L}])([*_])([^*_\n]{1,200})\1(?![*_\p{L}])/gu)) {
    if (REPORTER_SENTENCE.test(m[2])) cuts.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  cuts.sort((a, b) => a.start - b.start);
  const spans: QuoteSpan[] = [];
  let at = from;
  const piece = (start: number, end: number) => {
    while (start < end && /[\s,;:\u2014\u2013-]/.test(p.text[start])) start++;
    while (end > start && /[\s,;:(\u2014\u2013-]/.test(p.text[end - 1])) end--;
    const text = p.text.slice(start, end);
    if ((text.match(/\p{L}+/gu)?.length ?? 0) >= 2) spans.push({ start, end, textStart: start, textEnd: end, text, unclosed: false });
  };
  for (const cut of cuts) {
    if (cut.start > at) piece(at, Math.min(cut.start, to));
    at = Math.max(at, cut.end);
  }
  if (at < to) piece(at, to);
  return spans;
}

/**
 * Whether some speaker comes back after another has spoken (`A, B, A`): a transcript's exchange. A list of people
 * each labelled once (`Sanders: Win in a walk.`, `Clinton: Keep it close.`) is an article's, not a transcript.
 */
function speakersAlternate(keys: readonly string[]): boolean {
  const seen = new Set<string>();
  for (let k = 0; k < keys.length; k++) {
    if (k > 0 && keys[k] !== keys[k - 1] && seen.has(keys[k])) return true;
    seen.add(keys[k]);
  }
  return false;
}

/**
 * Whether a paragraph goes on with the turn before it: prose with no quotation marks, not a heading or a note, that
 * names none of the speakers (`Later, Matthews returned to the tax.` is narration); `(Applause.)` alone goes over it.
 */
function continuesTurn(p: PreparedText, paragraph: number, speakers: ReadonlySet<string>): boolean {
  const { end } = p.paragraphs[paragraph];
  const text = p.text.slice(lineStart(p, p.paragraphs[paragraph].start), end);
  if (isStageParagraph(text)) return true;
  if (/["\u201C\u201D\u00AB\u00BB]/.test(text) || /^[#(\[]/.test(text) || !/\p{Ll}/u.test(text)) return false;
  // A line opening with a colon a label's length in is some label this reading did not take: never a turn's words.
  if (/^[*_ \t]*\p{Lu}[^:\n]{0,60}:/u.test(text)) return false;
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'\u2019-]*/gu)) if (speakers.has(m[0])) return false;
  return /[.?!\u2026]["'\u2019)\]]?$/.test(text);
}

/** How many lines (up to MIN_LABELLED_LINES) have a colon a label's length into them: found by the engine's search. */
function colonLines(text: string): number {
  let lines = 0;
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // Each line is read to its first colon and left: a line of many colons is not searched back once for each.
    if (c - (text.lastIndexOf('\n', c) + 1) <= LABEL_CHARS && ++lines >= MIN_LABELLED_LINES) return lines;
    c = text.indexOf('\n', c);
    if (c < 0) break;
  }
  return lines;
}

/**
 * `Q: Why a harbour town?` then `A: I grew up in one.`: labels of nothing but questions and answers, a question's
 * label right before an answer's. An interview of one question has no speaker who comes back, yet these two labels
 * say what it is; whose the answers are is the text's introduction's to tell (see needsInterviewee).
 */
function questionAndAnswer(labels: readonly Labelled[]): boolean {
  if (!labels.every((l) => l.key === 'q' || l.key === 'a' || l.key === null)) return false;
  return labels.some((l, i) => l.key === 'q' && labels[i + 1]?.key === 'a');
}

/**
 * The turns of a transcript, or none: a text is one when at least three of its lines open with labels of one shape
 * (all capitals, or names in title case; `Q:` and `A:` go with either) that show themselves a speaker's, of two
 * speakers or more. Then every label of that shape opens a turn, which runs over the paragraphs after it that go on
 * as prose, to the next label.
 */
export function transcriptTurns(p: PreparedText): TranscriptTurn[] {
  // A first look that costs next to nothing: a transcript has a colon a label's length into three lines or more, or
  // into two where a line opens with a question's label.
  if (p.paragraphs.length < QA_LINES) return [];
  const lines = colonLines(p.text);
  const dotted = hasDottedQuestionLine(p.text);
  const hearing = hasHearingLine(p.text);
  if (!dotted && !hearing && (lines < QA_LINES || (lines < MIN_LABELLED_LINES && !questionLine(p.text)))) return [];
  const labels: Labelled[] = [];
  for (let k = 0; k < p.paragraphs.length; k++) {
    const label = (dotted ? dottedLabel(p, k) : null) ?? (hearing ? hearingTurn(p, k) : null) ?? readLabel(p, k);
    if (label) labels.push(label);
  }
  holdersNamed(labels);
  officeHoldersNamed(p, labels);
  // A surname alone counts once the text labels its speaker in full (`JAKE TAPPER:`, then `TAPPER:`).
  const known = new Set(labels.filter((l) => l.strong).map((l) => l.key));
  const shape = (['caps', 'title'] as const).find((s) => {
    const strong = labels.filter((l) => l.key !== null && known.has(l.key) && (l.shape === s || l.shape === 'any'));
    return strong.length >= MIN_LABELLED_LINES && speakersAlternate(strong.map((l) => l.key!));
  });
  const byQuestions = !shape && questionAndAnswer(labels);
  if (!shape && !byQuestions) return [];
  const turns: TranscriptTurn[] = [];
  const own = labels.filter((l) => l.shape === shape || l.shape === 'any');
  const speakers = new Set(own.flatMap((l) => (l.speaker.kind === 'name' ? [l.speaker.words[l.speaker.words.length - 1]] : [])));
  own.forEach((l, i) => {
    // The last turn is its labelled paragraph alone: what follows a transcript's last line is as often the article's
    // own words again (`To be clear, ...`, `Follow X on Twitter`) as the speaker's.
    const next = own[i + 1]?.paragraph ?? l.paragraph + 1;
    let last = l.paragraph;
    while (last + 1 < next && last - l.paragraph < MAX_TURN_PARAGRAPHS && continuesTurn(p, last + 1, speakers)) last++;
    const spans: QuoteSpan[] = [];
    for (let k = l.paragraph; k <= last; k++) spans.push(...turnSpans(p, k === l.paragraph ? l.wordsFrom : p.paragraphs[k].start, p.paragraphs[k].end));
    if (spans.length) turns.push(byQuestions ? { label: l.label, speaker: l.speaker, spans, needsInterviewee: true } : { label: l.label, speaker: l.speaker, spans });
  });
  return turns;
}
