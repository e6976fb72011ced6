// `Host Ana Kral pressed him on the shutdown. "I don't want one," he said.`: a subject who asks a `him` (or a `her`)
// is not the one the next `he` (`she`) stands for. The object pronoun cannot be the subject (that would be
// `himself`), so the sentence holds two people of that sex, and the quotation after a question is the answer: the
// one asked speaks. Reading the pronoun as the asker's put the guest's answer in the host's mouth.
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Verbs of asking, past and present, whose object is the one who answers. */
const ASKING_VERBS: ReadonlySet<string> = new Set([
  'asked', 'asks', 'pressed', 'presses', 'questioned', 'questions', 'quizzed', 'grilled', 'pushed', 'challenged',
]);
/** What may follow an asked pronoun: what was asked, or the end of the clause (`her` before a noun is a possessive). */
const AFTER_OBJECT: ReadonlySet<string> = new Set([
  'whether', 'if', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'about', 'on', 'over', 'to', 'again', 'repeatedly', 'further', ',', '.', '?', ':',
]);
/** Words that may stand between the subject and its verb of asking (`Kral then pressed him`). */
const BETWEEN: ReadonlySet<string> = new Set(['then', 'later', 'also', 'again', 'repeatedly', 'quickly', 'immediately']);

/**
 * Whether the subject whose mention ends at character offset `subjectEnd` asks, right after it, an object pronoun of
 * the sex a later pronoun wants (`want`): `Kral pressed him on …`, `Kral asked her whether …`.
 */
export function asksAnotherOfSex(tokens: readonly Token[], subjectEnd: number, want: string | null): boolean {
  if (want !== 'male' && want !== 'female') return false;
  let i = tokens.findIndex((t) => t.start >= subjectEnd);
  if (i < 0) return false;
  if (isWord(tokens[i]) && BETWEEN.has(tokens[i].lower)) i++;
  if (!isWord(tokens[i]) || tokens[i].cap || !ASKING_VERBS.has(tokens[i].lower)) return false;
  const object = tokens[i + 1];
  if (!isWord(object) || object.lower !== (want === 'male' ? 'him' : 'her')) return false;
  const after = tokens[i + 2];
  return after !== undefined && AFTER_OBJECT.has(after.kind === 'word' ? after.lower : after.text);
}
