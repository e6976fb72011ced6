// `Reading the letter that called the mayor "a coward," Judge Ruiz frowned.`, `Waving a flyer promising "free lunch,"
// Kerr laughed.`, `Citing the auditor's "grave concerns," Brook asked for a delay.`: a quote inside a clause that a
// participle opens at the head of the sentence is the main clause subject's words only where the participle itself
// says them (`Calling the plan "a disaster," Hale asked...`, frontedParticiples.ts; `Praising the crew's "courage,"`).
// Where a verb of saying inside the clause has a subject of its own (the letter, the flyer), or a participle that
// relays a text names the words' owner right before them (`Citing the auditor's`), they are that other's. Not a
// gerund that is the sentence's subject (`Closing the mill would "ruin the town," Kerr said.`).
import type { Token } from '../text/sentenceTokens';
import { AUXILIARY_VERBS, isSpeechVerbAt, isWord } from './tokenClasses';

/** Capitalised words in -ing that open no participle clause (`During the "crisis," ...`, `According to ...`). */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  'during', 'according', 'nothing', 'something', 'everything', 'anything', 'morning', 'evening', 'regarding',
  'notwithstanding', 'concerning', 'including', 'pending', 'following', 'speaking', 'beijing', 'king', 'spring',
]);

/** Words that open a participle's object or its preposition (`Reading the`, `Waving a`, `Reading from`). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those', 'from', 'to', 'with',
  'on', 'about', 'at', 'in', 'upon', 'through', 'over', 'up', 'out', 'back', 'off', 'down',
]);

/** Participles that pass on another's words or text (`Citing the auditor's "…"`, `Echoing Kral's "…"`). */
const RELAYING: ReadonlySet<string> = new Set(['citing', 'quoting', 'echoing', 'repeating', 'invoking', 'paraphrasing', 'reciting', 'reading']);

/** Verbs by which a text says its words (`a placard that read`, `a banner reading`). */
const TEXT_VERBS: ReadonlySet<string> = new Set(['read', 'reads', 'reading', 'stated', 'states', 'stating']);

/** Words that open a relative clause, whose verbs are not the sentence's (`the letter that was sent`). */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);

/** How many tokens the opening clause may run before its quote, and after it to its comma: a bounded read a quote. */
const CLAUSE_REACH = 40;
const TAIL_REACH = 6;

/**
 * Whether the quote at `qi` (its words `quoteText`) lies in a participle clause opening the sentence at `first` and
 * closed by a comma before the main clause, where it is not the main subject's words.
 */
export function othersWordsInFrontedClause(tokens: readonly Token[], first: number, qi: number, quoteText: string): boolean {
  const opener = tokens[first];
  const object = tokens[first + 1];
  if (!isWord(opener) || !opener.cap || opener.possessive || !/^\p{L}{3,}ing$/u.test(opener.lower) || NOT_PARTICIPLES.has(opener.lower)) return false;
  if (!isWord(object) || !(OBJECT_OPENERS.has(object.lower) || (object.cap && object.possessive))) return false;
  if (qi <= first + 1 || qi - first > CLAUSE_REACH) return false;
  let relative = false;
  let sayer = false;
  for (let k = first + 1; k < qi; k++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false; // a comma, a dash or another quote: the quote is past the clause
    if (RELATIVES.has(t.lower)) relative = true;
    else if (!relative && AUXILIARY_VERBS.has(t.lower)) return false; // `Closing the mill would "…"`: a gerund subject
    if (isSpeechVerbAt(tokens, k) || TEXT_VERBS.has(t.lower)) sayer = true; // `a letter that called him`, `a sign that read`
  }
  const owned = RELAYING.has(opener.lower) && tokens[qi - 1].possessive;
  return (sayer || owned) && closedByComma(tokens, qi, quoteText);
}

/** A comma right after the quote (inside its marks or out), or after a few words that end the phrase (`"…" theme,`). */
function closedByComma(tokens: readonly Token[], qi: number, quoteText: string): boolean {
  if (/,\s*$/.test(quoteText)) return true;
  for (let k = qi + 1; k < tokens.length && k - qi <= TAIL_REACH; k++) {
    if (tokens[k].text === ',') return isWord(tokens[k + 1]);
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}
