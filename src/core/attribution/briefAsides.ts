// `- Ezinne Carrow, dairy: "..."`, `* Ana Kral, 34, nurse: "..."`: a vox pop's list names each voice in full on a line
// of its own, then what they do or their age in a word or two, then the colon. Such an aside is too short and too
// plain for the role readings (no role word, no determiner), yet on a label's own line it can be nothing else.
import { DETERMINERS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isPluralPersonNoun } from './phraseKinds';
import { type Phrase } from './speakerPhrases';
import { readNamePhrase } from './namePhrases';
import { isVerbLike, isWord, STOP_WORDS } from './tokenClasses';

/** The most words of one piece of the aside (`retired bus driver`). */
const PIECE_WORDS = 3;
/** The most pieces set off by commas (`34, nurse`). */
const PIECES = 2;

/** Prepositions of where a voice works or lives (`baker on the quay`, `nurse at the harbour clinic`). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'near', 'from']);
/** The most words of that place (`the harbour clinic`, `Port Velmar`). */
const PLACE_WORDS = 3;

/**
 * A piece's words without the place it ends with (`baker` of `baker on the quay`), or the piece as it is: a
 * preposition of place after its first word, an article, and a few words with no verb.
 */
function placeCut(words: readonly Token[]): readonly Token[] {
  const at = words.findIndex((t, i) => i > 0 && !t.cap && PLACE_PREPOSITIONS.has(t.lower));
  if (at < 0) return words;
  const place = words.slice(DETERMINERS.has(words[at + 1]?.lower ?? '') ? at + 2 : at + 1);
  return place.length > 0 && place.length <= PLACE_WORDS && place.every((t) => isWord(t) && !isVerbLike(t) && !STOP_WORDS.has(t.lower)) ? words.slice(0, at) : words;
}

/**
 * Whether `[k, colon)` is a comma and one or two short pieces set off by commas, each an age or lower-case words that
 * are no verb and no function word, after a name of two words or more (`phrase`).
 */
export function isBriefAside(tokens: readonly Token[], phrase: Phrase, k: number, colon: number): boolean {
  if (tokens[k]?.text !== ',' || readNamePhrase(tokens, phrase).name.length < 2) return false;
  let pieces = 0;
  for (let i = k; i < colon; ) {
    if (tokens[i].text !== ',' || ++pieces > PIECES) return false;
    let j = i + 1;
    while (j < colon && tokens[j].text !== ',') j++;
    const words = placeCut(tokens.slice(i + 1, j));
    const age = words.length === 1 && /^\d{1,3}$/.test(words[0].text);
    // `retired nurse`: a participle may describe the noun that ends the piece; a verb may not end it, nor a plural of
    // people (`Ivo Peskar, stranded residents:` speaks of others; `cherries` is what a grower grows).
    const plain = (t: Token, n: number) => isWord(t) && !t.cap && /^\p{Ll}/u.test(t.text) && (n < words.length - 1 || (!isVerbLike(t) && !isPluralPersonNoun(t.lower))) && !STOP_WORDS.has(t.lower);
    if (!age && (words.length === 0 || words.length > PIECE_WORDS || !words.every(plain))) return false;
    i = j;
  }
  return pieces > 0;
}
