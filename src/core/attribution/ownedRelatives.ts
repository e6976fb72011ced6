// `Among those waiting was Ana Kral, 22. Her daughter, Mia, had turned one the day before.` ¶ `"She was at the day care,"
// she said.`: the relative a possessive opens (`Her daughter, Mia,`) is the sentence's subject, but the `her` keeps the
// woman it stands for at the centre of the story, and a later `she` may as well be hers. Where the relative's sentence
// reports no words of its own, the pronoun is one of two people of its sex: no speaker is better than the wrong one
// (the relative had been given the mother's words).
import { genderOfNoun, RELATIVE_NOUNS } from '../text/personNouns';
import { firstTokenFrom } from '../text/sentenceTokens';
import type { PreparedText } from '../text/prepareText';
import { isSpeechVerbAt, isWord } from './tokenClasses';

const OWNER_SEX: ReadonlyMap<string, string> = new Map([['her', 'female'], ['his', 'male']]);

/**
 * Whether the subject mention at character offset `start` of sentence `k` is a relative set off after a possessive
 * of the pronoun's sex `want` (`Her daughter, Mia,` for `she`), a relative who may be of that sex too, in a sentence
 * with no verb of speech that does not open its paragraph: a paragraph opening with the relative (`Her daughter-in-law,
 * Sela, was more measured.`) is about the relative, and its `she` is hers.
 */
export function relativeOfOwnerSex(p: PreparedText, k: number, start: number, want: string | null): boolean {
  if (want !== 'male' && want !== 'female') return false;
  if (k === 0 || p.sentences[k - 1].paragraph !== p.sentences[k].paragraph) return false;
  const tokens = p.tokensOf(k);
  const at = firstTokenFrom(tokens, start);
  const owner = OWNER_SEX.has(tokens[at]?.lower ?? '') ? at : tokens[at - 1]?.text === ',' ? at - 3 : -1;
  const noun = tokens[owner + 1];
  if (owner < 0 || OWNER_SEX.get(tokens[owner]?.lower ?? '') !== want || !isWord(noun) || !RELATIVE_NOUNS.has(noun.lower) || tokens[owner + 2]?.text !== ',') return false;
  // `Along with her husband, Ivo, she has given`: a relative of the other sex is no one the pronoun could mean.
  if ((genderOfNoun(noun.lower) ?? want) !== want) return false;
  return !tokens.some((_, i) => isSpeechVerbAt(tokens, i));
}
