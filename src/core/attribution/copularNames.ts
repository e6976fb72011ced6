// `Her deputy is Ivo Peskar.`, `The winner was Ana Kral.`: a sentence that only names the person a description stands
// for. Whom it is about is that person, not the description: a `she` after `Her deputy is Ivo Peskar.` had gone to
// `Ana Kral's deputy`, whom the text has just shown to be a man.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isWord } from './tokenClasses';

/** Determiners of a description a name may be given for (`her deputy`, `the winner`). */
const DESCRIPTION_OPENERS = /^(?:the|his|her|their|its|our|my)$/;

/**
 * The name after `is`/`was` that a definite description read as `phrase` (the sentence's subject) is given, when the
 * name, in capitals throughout, ends the sentence; null otherwise (`Her deputy is Ivo Peskar's cousin`).
 */
export function namedByCopula(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  const first = tokens[phrase.from];
  if (!isWord(first) || !DESCRIPTION_OPENERS.test(first.lower) || tokens.slice(phrase.from + 1, phrase.to).some((t) => t.cap)) return null;
  const copula = tokens[phrase.to];
  if (!isWord(copula) || !/^(?:is|was)$/.test(copula.lower)) return null;
  const name = phraseAfter(tokens, phrase.to + 1, true);
  if (!name || name.to - name.from < 2 || !tokens.slice(name.from, name.to).every((t) => t.cap && !t.possessive)) return null;
  const after = tokens[name.to];
  return after === undefined || (after.kind === 'punct' && /^[.!;]$/.test(after.text)) ? name : null;
}
