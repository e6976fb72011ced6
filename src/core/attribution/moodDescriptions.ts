// `an angry Hollande retaliated`, `a visibly tired Kral said`: mood words before a surname the text gave in full,
// which describe that person rather than leave someone unnamed (`a Clinton spokesman` does: it has a role).
import { ROLE_HEADS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isPersonNoun } from './phraseKinds';
import type { Phrase } from './speakerPhrases';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';
import { isWord, STOP_WORDS } from './tokenClasses';

/** The person an indefinite phrase of mood words and a surname names, or null. */
export function moodDescribed(registry: SpeakerRegistry, article: string | null, tokens: readonly Token[], part: Phrase): SpeakerRecord | null {
  const last = tokens[part.to - 1];
  if (!isWord(last) || !last.cap || last.possessive) return null;
  const words = tokens.slice(part.from + 1, part.to - 1);
  // `a source close to Kral` is someone near Kral: a function word among them makes them no mood's.
  if (words.length === 0 || !words.every((t) => isWord(t) && !t.cap && !isPersonNoun(t.lower) && !ROLE_HEADS.has(t.lower) && !STOP_WORDS.has(t.lower))) return null;
  const record = registry.lookupName([last.text], article);
  if (!record || record.kind !== 'person' || record.first === null || (article !== null && !record.articles.has(article))) return null;
  return record;
}
