// An interview told in prose: `I asked her whether she had any regrets.` ¶ `"Of course. ...` The reporter's question,
// told in the first person, hands the floor to the one asked: the quotation after it, naming no one, is their answer.
// (`I put it to him that ...` the same.) The reporter asks; the words are never the reporter's own. A question printed
// alone between two answers (`*Did it wear you down?*`, `**What comes next?**`) breaks no voice either.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';
import type { Resolution, Resolved } from './resolvedSpeakers';
import { passiveAsker } from './pressedQuestions';

/** Words that open what was asked after its object (`I asked her whether ...`, `I asked Kral about ...`). */
const ASKED_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'about', 'for', 'to']);
/** The object pronouns of one person, with the sex each asks of its antecedent. */
const OBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([['him', 'male'], ['her', 'female']]);

/** Whom a reporter's first-person question asks: a pronoun (with the sex it wants) or a name phrase. */
export type AskedObject = { readonly pronoun: 'male' | 'female'; readonly at: number } | { readonly phrase: Phrase };

/**
 * Whom the sentence `tokens` shows the reporter asking: `I asked her whether ...`, `I asked Ana Kral about ...`,
 * `Then I asked him why ...`, `I put it to him that ...`; null for any other sentence (`I asked for the report`).
 */
export function askedObject(tokens: readonly Token[]): AskedObject | null {
  let i = tokens.findIndex((t) => isWord(t) && t.text === 'I');
  // Only near the start: `I` opens the sentence or follows a connective or a short opening (`Then`, `Later, `).
  if (i < 0 || i > 3) return null;
  const verb = tokens[i + 1];
  if (!isWord(verb)) return null;
  if (verb.lower === 'put' && tokens[i + 2]?.lower === 'it' && tokens[i + 3]?.lower === 'to') i += 4;
  else if (verb.lower === 'asked' || verb.lower === 'pressed') i += 2;
  else return null;
  const first = tokens[i];
  if (!isWord(first)) return null;
  const sex = OBJECT_PRONOUNS.get(first.lower);
  const next = (k: number) => tokens[k];
  if (sex) {
    const after = next(i + 1);
    return isWord(after) && (ASKED_OPENERS.has(after.lower) || after.lower === 'that') ? { pronoun: sex, at: i } : null;
  }
  if (!first.cap) return null;
  const phrase = phraseAfter(tokens, i, false);
  const after = phrase ? next(phrase.to) : undefined;
  return phrase && phrase.from === i && isWord(after) && (ASKED_OPENERS.has(after.lower) || after.lower === 'that') ? { phrase } : null;
}

/**
 * The person the sentence `tokens` shows the reporter asking, by `antecedent` (for a pronoun at an offset) or `resolve`
 * (for a name): a single person, never a group or a description; null when the sentence asks no one. A `question`
 * after it is instead the asker's, where the sentence names one after `by`.
 */
export function askedPerson(tokens: readonly Token[], antecedent: (at: number, sex: 'male' | 'female') => Resolved | null, resolve: (phrase: Phrase) => Resolution, question = false): Resolved | null {
  // A question after `Peskar was pressed by Kral` is the asker's (pressedQuestions).
  const asker = question ? passiveAsker(tokens) : null;
  if (asker) return single(resolve(asker));
  const asked = askedObject(tokens);
  return single(!asked ? null : 'pronoun' in asked ? antecedent(tokens[asked.at].start, asked.pronoun) : resolve(asked.phrase));
}

/** A single person found, never a group or a description. */
function single(found: Resolution): Resolved | null {
  return found && found !== 'agency' && found.speaker.kind === 'person' && !found.speaker.members ? found : null;
}

/** Markup a question may be printed in (`*...*`, `**...**`, `_..._`). */
const EMPHASIS = new Set(['*', '_']);
/** The most words an interviewer's printed question runs to. */
const QUESTION_WORDS = 30;

/**
 * Whether sentence `k` is a paragraph of its own that is nothing but a question in the reporter's voice (no quotation
 * marks), as interviews print the questions between the answers: `*Did the arguments wear you down?*`.
 */
export function isQuestionParagraph(p: PreparedText, k: number): boolean {
  const { sentences } = p;
  const paragraph = sentences[k].paragraph;
  if (sentences[k - 1]?.paragraph === paragraph || sentences[k + 1]?.paragraph === paragraph) return false;
  const tokens = p.tokensOf(k);
  let last = tokens.length - 1;
  while (last > 0 && EMPHASIS.has(tokens[last].text)) last--;
  const words = tokens.filter(isWord).length;
  return tokens[last]?.text === '?' && words > 0 && words <= QUESTION_WORDS && tokens.every((t) => t.kind !== 'quote');
}
