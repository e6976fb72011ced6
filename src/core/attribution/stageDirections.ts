// Stage directions of transcripts and speeches (`(Applause.)`, `(Laughter and applause.)`, `[inaudible]`,
// `[crosstalk]`): a note of what the room did, no words of anyone's. Between two quotes of one speaker it should not
// break the voice the second quote goes on in.
import type { Token } from '../text/sentenceTokens';

/**
 * Words of the room and the recording that stage directions are made of. A lexicon, not the shape alone: a short
 * bracketed sentence can as well be a name or an outlet (`(Ana Kral)`, `(Reuters)`), after which the voice may change.
 */
const STAGE_WORDS = new Set([
  'applause', 'laughter', 'laughs', 'laughing', 'cheers', 'cheering', 'booing', 'boos', 'crosstalk', 'cross-talk',
  'inaudible', 'unintelligible', 'indiscernible', 'pause', 'pauses', 'silence', 'chuckles', 'chuckling', 'sighs',
  'interruption', 'interrupts', 'interrupted', 'chanting', 'chants', 'gavel', 'shouting',
]);

/** Words a direction may run to (`(Laughter and applause from the audience.)`); more is a sentence of its own. */
const MAX_WORDS = 6;
/** Tokens a direction may run to between its brackets: its words and a stop or comma after each. */
const MAX_TOKENS = 2 * MAX_WORDS + 1;

/**
 * The token after a stage direction that opens at `from` (its `(` or `[`), or -1: a bracket, a few words of which
 * one is the room's, an optional full stop, and the closing bracket.
 */
export function stageDirectionEnd(tokens: readonly Token[], from: number): number {
  const open = tokens[from]?.text;
  if (open !== '(' && open !== '[') return -1;
  const close = open === '(' ? ')' : ']';
  let stage = false;
  let words = 0;
  // Bounded in tokens, not only words: a run of commas or stops is no direction and must not be walked whole.
  for (let k = from + 1; k < tokens.length && k <= from + MAX_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === close) return stage && words > 0 ? k + 1 : -1;
    if (t.kind === 'quote') return -1;
    if (t.kind === 'word') {
      if (++words > MAX_WORDS) return -1;
      if (STAGE_WORDS.has(t.lower)) stage = true;
    } else if (t.text !== '.' && t.text !== ',') return -1;
  }
  return -1;
}

/** Whether a sentence is nothing but a stage direction (`(Applause.)` standing between two sentences). */
export function isStageDirectionSentence(tokens: readonly Token[]): boolean {
  if (tokens.length > MAX_TOKENS + 6) return false;
  let k = 0;
  while (k < tokens.length && tokens[k].kind === 'punct' && tokens[k].text !== '(' && tokens[k].text !== '[') k++;
  const end = stageDirectionEnd(tokens, k);
  if (end < 0) return false;
  for (let j = end; j < tokens.length; j++) if (tokens[j].kind !== 'punct') return false;
  return true;
}

/** Whether nothing but stage directions stand before the token `qi` in its sentence (`[inaudible] "..."`). */
export function onlyStageDirectionsBefore(tokens: readonly Token[], qi: number): boolean {
  // A cheap first test, and a bound: every quote of a sentence asks, so a long run before it is never walked.
  if (qi > 2 * (MAX_TOKENS + 2) || tokens[0]?.kind !== 'punct') return false;
  let k = 0;
  let seen = false;
  while (k < qi) {
    if (tokens[k].text === '(' || tokens[k].text === '[') {
      const end = stageDirectionEnd(tokens, k);
      if (end < 0 || end > qi) return false;
      seen = true;
      k = end;
    } else if (tokens[k].kind === 'punct') k++;
    else return false;
  }
  return seen;
}

/** Words of an interpreter's or a recording's note in a transcript (`(through interpreter)`, `(via translator)`). */
const NOTE_WORDS = new Set(['interpreter', 'interpretation', 'translator', 'translation', 'translated', 'videotape', 'video', 'clip', 'audio', 'break']);

/**
 * Whether the words between a bracket's marks are a transcript's note, not anyone's words: the room's or the
 * recording's words, an interpreter's, or a producer's cue in capitals of two words or more (`BEGIN VIDEO CLIP`).
 */
export function isStageNote(inner: string): boolean {
  const words = inner.match(/[\p{L}'-]+/gu) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  if (words.some((w) => STAGE_WORDS.has(w.toLowerCase()) || NOTE_WORDS.has(w.toLowerCase()))) return true;
  return words.length >= 2 && words.every((w) => w.length >= 2 && !/\p{Ll}/u.test(w));
}

/** The room's answers to a speaker that leave the floor theirs; crosstalk, an interruption or a cue hand it on. */
const ROOM_WORDS = new Set(['applause', 'laughter', 'laughs', 'laughing', 'cheers', 'cheering', 'chuckles', 'pause', 'pauses', 'silence', 'sighs']);

/**
 * Whether a paragraph is one note of the room and nothing else (`(Applause.)`, `[Laughter]`), between two paragraphs
 * of one speaker's turn, which goes on after it; `(BEGIN VIDEO CLIP)` or `[crosstalk]` may give the floor to another.
 */
export function isStageParagraph(text: string): boolean {
  const note = /^[ \t]*[([]([^()[\]\n]{1,60})[)\]][ \t]*$/.exec(text);
  const words = note?.[1].match(/[\p{L}'-]+/gu) ?? [];
  return words.length > 0 && words.length <= MAX_WORDS && words.some((w) => ROOM_WORDS.has(w.toLowerCase())) && !words.some((w) => /^(?:crosstalk|cross-talk|interrupt\w*)$/i.test(w));
}
