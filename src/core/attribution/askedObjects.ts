// `Host Ana Kral pressed him on the shutdown. "I don't want one," he said.`, `The moderator asked Ivo Peskar whether he
// would accept the result. "If it is fair," he said.`: the quotation after a question is the answer, and the one
// asked gives it. A subject who asks a `him` (or a `her`) is not the one the next `he` (`she`) stands for: the object
// pronoun cannot be the subject (that would be `himself`), so the sentence holds two people of that sex. A subject who
// asks someone named makes that person the nearer antecedent. Reading the pronoun as the asker's put the guest's
// answer in the host's mouth.
import { firstTokenFrom, type Token } from '../text/sentenceTokens';
import type { Phrase } from './speakerPhrases';
import { isNameWord, isWord } from './tokenClasses';

/** Verbs of asking, past and present, whose object is the one who answers. */
const ASKING_VERBS: ReadonlySet<string> = new Set([
  'asked', 'asks', 'pressed', 'presses', 'questioned', 'questions', 'quizzed', 'grilled', 'pushed', 'challenged',
]);
/**
 * What opens the question after its object. Not `to` or `for`: `asked him to leave`, `asked Kral for help` are
 * requests, after which the asker often goes on speaking.
 */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'about', 'on', 'over']);
/** What may also follow an asked pronoun: the end of the clause (`her` before a noun is a possessive). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(['again', 'repeatedly', 'further', ',', '.', '?', ':']);
/** `put` as in putting a question to someone; the `to` it leads to then counts among the verbs of asking. */
const PUTTING: ReadonlySet<string> = new Set(['put', 'puts']);
const PUT_DETERMINERS: ReadonlySet<string> = new Set(['that', 'this', 'the', 'these', 'those', 'my', 'our', 'a', 'an']);
/** What one puts to someone to answer (not `put the money to use`). */
const PUT_NOUNS: ReadonlySet<string> = new Set([
  'point', 'points', 'question', 'questions', 'claim', 'claims', 'criticism', 'criticisms', 'charge', 'charges', 'accusation',
  'accusations', 'argument', 'suggestion', 'allegation', 'allegations', 'figure', 'figures', 'objection', 'complaint',
]);
/** Words that may stand between the subject and its verb of asking (`Kral then pressed him`). */
const BETWEEN: ReadonlySet<string> = new Set(['then', 'later', 'also', 'again', 'repeatedly', 'quickly', 'immediately']);

/** Whom a subject asks: an object pronoun of the sex a later pronoun wants, or a phrase naming someone. */
export type Asked = { readonly pronoun: true; readonly object?: undefined } | { readonly pronoun?: undefined; readonly object: Phrase };

/**
 * Whom the subject whose mention ends at character offset `subjectEnd` asks right after it (`Kral pressed him on …`,
 * `Kral asked Ivo Peskar whether …`), as a later pronoun wanting `want` reads it; null when it asks no one so.
 */
export function askedAfter(tokens: readonly Token[], subjectEnd: number, want: string | null): Asked | null {
  if (want !== 'male' && want !== 'female') return null;
  let i = firstTokenFrom(tokens, subjectEnd); // the first token after the subject
  if (isWord(tokens[i]) && BETWEEN.has(tokens[i].lower)) i++;
  const put = putTo(tokens, i); // `put that point to Kral.`: the `to` stands for the verb of asking
  const putting = put > i;
  if (putting) i = put;
  else if (!isWord(tokens[i]) || tokens[i].cap || !ASKING_VERBS.has(tokens[i].lower)) return null;
  const object = tokens[i + 1];
  if (!isWord(object)) return null;
  const opens = (t: Token | undefined) => t !== undefined && QUESTION_OPENERS.has(t.lower);
  if (object.lower === 'him' || object.lower === 'her') {
    const after = tokens[i + 2];
    const ends = after !== undefined && (opens(after) || CLAUSE_ENDS.has(after.kind === 'word' ? after.lower : after.text));
    return ends && object.lower === (want === 'male' ? 'him' : 'her') ? { pronoun: true } : null;
  }
  // `asked Administrator Ana Kral whether`, `pressed the senator on`: capitals, or `the` and one noun, then the question.
  let j = i + 1;
  if (object.lower === 'the' && isWord(tokens[j + 1]) && !tokens[j + 1].cap) j += 2;
  else while (j - i <= 4 && isNameWord(tokens[j]) && !tokens[j].possessive) j++;
  return j > i + 1 && (opens(tokens[j]) || (putting && CLAUSE_ENDS.has(tokens[j]?.text ?? ''))) ? { object: { from: i + 1, to: j } } : null;
}

/**
 * `put that point to Kral`, `put the question to the minister`: a question put to someone, whose answer follows. The
 * index of the `to` before the one asked (read as a verb of asking), or `i` itself when the words are no such question.
 */
function putTo(tokens: readonly Token[], i: number): number {
  const [put, det, noun, to] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  return isWord(put) && PUTTING.has(put.lower) && isWord(det) && PUT_DETERMINERS.has(det.lower) && isWord(noun) && PUT_NOUNS.has(noun.lower) && isWord(to) && to.lower === 'to' ? i + 3 : i;
}

/**
 * Whether the pronoun at character offset `at` in `tokens` is itself the subject of a verb of asking (`"Will it
 * close?" he asked`): then it stands for an asker, and a subject who asked someone before is its antecedent still;
 * only a pronoun that answers (`he said`) stands for the one asked.
 */
export function pronounAsks(tokens: readonly Token[], at: number): boolean {
  const i = firstTokenFrom(tokens, at);
  const verb = tokens[i + 1];
  return isWord(verb) && !verb.cap && ASKING_VERBS.has(verb.lower);
}
