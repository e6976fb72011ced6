// `Director Bev Kral in a Facebook Live: "…"`, `Sheriff Ivo Berg on Twitter: "…"`, `Kral at a news conference: "…"`: a
// live blog heads a quote with the speaker and the medium or occasion the words came through, then a colon. A noun of
// such a medium ends the phrase, which makes it distinctive enough to label a quote anywhere in a paragraph (a topic or
// a place after a name labels only on a line of its own: labelSpeakers.ts).
import { DETERMINERS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isVerbLike, isWord } from './tokenClasses';

/** Prepositions that bring in the medium or occasion (`in a statement`, `on Facebook`, `at a briefing`). */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'via']);
/** Nouns of a medium or an occasion of speaking, as the phrase's last word. */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'post', 'video', 'interview', 'briefing', 'conference', 'live', 'livestream', 'tweet', 'email', 'e-mail',
  'broadcast', 'address', 'message', 'podcast', 'update', 'release', 'facebook', 'twitter', 'instagram', 'tiktok',
  'youtube', 'radio', 'television', 'tv', 'hearing', 'meeting', 'speech', 'text',
]);
/** The most words between the preposition and the medium's noun (`a brief Facebook`). */
const MEDIUM_WORDS = 3;

/** Whether `[k, colon)` is a preposition and a medium or occasion of speaking, with no verb, right before the colon. */
export function isMediumAside(tokens: readonly Token[], k: number, colon: number): boolean {
  const head = tokens[k];
  if (!isWord(head) || head.cap || !MEDIUM_PREPOSITIONS.has(head.lower) || colon - k < 2) return false;
  const rest = tokens.slice(DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1, colon);
  if (rest.length === 0 || rest.length > MEDIUM_WORDS + 1 || !rest.every((t) => isWord(t) && !t.possessive && !isVerbLike(t))) return false;
  return MEDIUM_NOUNS.has(rest[rest.length - 1].lower);
}
