// Words a source speaker recalls from someone else inside their own quote: a resident's `"There was a firefighter at
// the door, and he said, 'You have ten minutes,'" Okafor said`, a governor's `He put it very plainly, he said, "I
// would rather be late than wrong"`. The inner words are the firefighter's and the deputy's; the one recalling them
// only tells what another said. So a draft that gives them to the one recalling (`"You have ten minutes," Okafor
// said`) has put them in the wrong mouth, though that person's quote holds them. Words the speaker recalls from
// themselves (`I told my mother, '…'`, `In September I said, "…"`) stay theirs, and a draft that itself says the words
// were recalled or heard (`Okafor recalled a firefighter telling her`, `Lindqvist said her husband told her`) is
// not read as giving them to the one recalling.
import type { SourceMatch } from '../types';
import { ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import { tokenizeWords } from '../text/normalizeText';
import { innerMarkAt } from './innerQuoteMarks';

/** How far back from the inner opening mark the clause that frames it is read (a frame is a short clause). */
const FRAME_REACH = 160;

/**
 * A verb of saying or telling ending the frame, with whom it was said to, then a comma or colon (`and he said,`,
 * `told me,`, `said to us,`, `looked at all of us and said,`). Anchored at the end of a short slice: linear.
 */
const SAYING_FRAME = /\b(?:said|says|told|tells|asked|shouted|yelled|wrote|writes|warned|promised|replied|answered|declared|announced)(?:\s+(?:to\s+)?(?:me|us|him|her|them|everyone|everybody|all\s+of\s+us))?\s*[,:]\s*$/iu;

/** The subject pronouns a frame may hold; the last one before the verb is the teller. */
const SUBJECT_PRONOUN = /\b(?:I|we|he|she|they|you|it)\b/giu;

/** How far back from the matched words their inner quotation's opening mark is sought (bounds the work per quote). */
const INNER_REACH = 600;

/**
 * Where the quotation within the source quote that holds the matched words opens (an offset into the quote's text),
 * or -1 when the words are the speaker's own or run out of the inner quotation (`…centre,' and we ran`: then the
 * match holds the speaker's own words too). The quote's own marks are not in its text, so the nearest opening mark
 * before the words, with no closing one between, opens a quotation inside it; read back from the words, it costs
 * only the distance to the nearest mark.
 */
function innerOpening(quoteText: string, start: number, end: number): number {
  let at = -1;
  for (let i = start - 1; i >= 0 && start - i <= INNER_REACH; i--) {
    const mark = innerMarkAt(quoteText, i);
    if (!mark) continue;
    if (mark.closes) return -1;
    at = i;
    break;
  }
  if (at < 0) return -1;
  // The inner quotation must not close before the matched words end (a closing mark right at their end is theirs).
  for (let i = start; i < end - 1; i++) if (innerMarkAt(quoteText, i)?.closes) return -1;
  return at;
}

/**
 * True when the matched words lie within a quotation inside their source quote that the source's speaker gives as
 * someone else's: a verb of saying or telling right before it whose subject is not the speaker (`he said,`, `Their
 * safety director … told me,`), never `I` or `we`.
 */
export function recalledWithinQuote(match: SourceMatch): boolean {
  const q = match.sourceQuote;
  if (!q) return false;
  const start = match.location.start - q.textStart;
  const end = match.location.end - q.textStart;
  if (start <= 0 || end > q.text.length) return false;
  const at = innerOpening(q.text, start, end);
  if (at <= 0) return false;
  const before = q.text.slice(Math.max(0, at - FRAME_REACH), at);
  const verb = SAYING_FRAME.exec(before);
  if (!verb) return false;
  // The frame's clause: from the last sentence's end before the verb (`Not one. He said,`).
  const clause = before.slice(0, verb.index).split(/[.!?;]\s/).pop() ?? '';
  let teller: string | null = null;
  for (const m of clause.matchAll(SUBJECT_PRONOUN)) teller = m[0];
  // `I told my mother`, `we said`: the speaker's own words, recalled.
  if (teller === 'I' || teller?.toLowerCase() === 'we') return false;
  return true;
}

/**
 * The draft's own words around the quote (its sentence, the quote's words left out) that say the words were recalled,
 * heard, quoted or told to someone: then the name they give is the one who recalls, not a claim of who said them.
 */
const DRAFT_RECALLS = /\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|recount(?:s|ed|ing)?|quot(?:es|ed|ing)|repeat(?:s|ed|ing)|echo(?:es|ed|ing)|heard|hears|hearing|cit(?:es|ed|ing)|(?:told|tells|telling)\s+(?:him|her|them|me|us)|in\s+the\s+words\s+of|according\s+to)\b/iu;

/** A possessive (`the firefighter's words`, `the prime minister's pledge`). */
const POSSESSIVE = /\p{L}['\u2019]s\b/u;

/**
 * True when the draft's sentence, its quote's words left out, says the words were recalled, heard or told (see
 * DRAFT_RECALLS), or names someone besides its speaker (`described the firefighter's words: "…"`, `said the
 * firefighter was blunt: "…"`, `reminded the chamber of the prime minister's pledge: "…"`): a possessive, or a noun
 * for a person or a role, outside the speaker's own words and a description set off right after them (`Ana Kral, a
 * nurse,`). The writer may then be giving the words to that other person, as the sources do.
 */
export function draftTellsRecall(sentence: string, quoteText: string, mention: string | null): boolean {
  const at = quoteText ? sentence.indexOf(quoteText) : -1;
  let around = at < 0 ? sentence : `${sentence.slice(0, at)} ${sentence.slice(at + quoteText.length)}`;
  if (DRAFT_RECALLS.test(around)) return true;
  const named = mention ? around.indexOf(mention) : -1;
  if (named >= 0) around = `${around.slice(0, named)} ${around.slice(named + mention!.length).replace(/^\s*,[^,"\u201C\u201D]*,/u, ' ')}`;
  return POSSESSIVE.test(around) || tokenizeWords(around).some((t) => ROLE_WORDS.has(t.word) || PERSON_NOUNS.has(t.word));
}
