// `President Sorokov's address lasted 37 minutes. The following are excerpts.` ¶ `"Today we sign …"`: a sentence that
// announces excerpts, the text or a transcript of someone's speech gives the paragraphs of bare quotation after it
// to that person, as `Sorokov said:` would. The owner is named in the announcement (`Following are excerpts from
// Peskar's speech`, `from his address`, `the text of the statement by Ana Kral`) or, when it names none, in the
// sentence before it in its paragraph, as the owner of a speech.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { isNameWord, isWord } from './tokenClasses';

/** What an announcement says follows. */
const EXCERPT_WORDS: ReadonlySet<string> = new Set(['excerpts', 'excerpt', 'extracts', 'extract', 'text', 'transcript', 'highlights']);
/** Where it says they stand. */
const FOLLOWING_WORDS: ReadonlySet<string> = new Set(['following', 'follow', 'follows', 'below']);
/** Spoken or written texts someone owns (`his address`, `Peskar's remarks`). */
const SPOKEN_TEXTS: ReadonlySet<string> = new Set(['speech', 'address', 'remarks', 'statement', 'testimony', 'interview', 'letter', 'briefing', 'lecture', 'sermon', 'eulogy']);
/** The longest announcement read (`The following are excerpts from …`). */
const ANNOUNCEMENT_TOKENS = 30;
/** Words that may describe the text between its owner and it (`Peskar's televised address`). */
const DESCRIBING_WORDS = 2;

/** The owner of the excerpts sentence `s` (its `tokens`) announces, with the sentence that names them; else null. */
export function excerptOwner(p: PreparedText, s: number, tokens: readonly Token[]): (Phrase & { sentence: number }) | null {
  if (tokens.length > ANNOUNCEMENT_TOKENS || tokens.some((t) => t.kind === 'quote')) return null;
  const end = tokens[tokens.length - 1]?.text;
  if ((end !== '.' && end !== ':') || !tokens.some((t) => FOLLOWING_WORDS.has(t.lower)) || !tokens.some((t) => EXCERPT_WORDS.has(t.lower))) return null;
  const own = textOwnerIn(tokens);
  if (own) return { ...own, sentence: s };
  if (s < 1 || p.sentences[s - 1].paragraph !== p.sentences[s].paragraph) return null;
  const before = textOwnerIn(p.tokensOf(s - 1));
  return before ? { ...before, sentence: s - 1 } : null;
}

/** Whose spoken text `tokens` name: a name's or a pronoun's possessive before it, or `by` a name after it. */
function textOwnerIn(tokens: readonly Token[]): Phrase | null {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.cap || !SPOKEN_TEXTS.has(t.lower)) continue;
    if (tokens[k + 1]?.lower === 'by') {
      const giver = phraseAfter(tokens, k + 2, true);
      if (giver && tokens[giver.to - 1].cap) return giver;
    }
    let o = k - 1;
    while (o > 0 && k - o <= DESCRIBING_WORDS && isWord(tokens[o]) && !tokens[o].cap && !tokens[o].possessive && tokens[o].lower !== 'his' && tokens[o].lower !== 'her') o--;
    const owner = tokens[o];
    if (isWord(owner) && (owner.lower === 'his' || owner.lower === 'her')) return { from: o, to: o + 1 };
    if (!isWord(owner) || !owner.possessive || !owner.cap) continue;
    let from = o;
    while (from > 0 && o - from < 4 && isNameWord(tokens[from - 1]) && !tokens[from - 1].possessive) from--;
    return { from, to: o + 1 };
  }
  return null;
}
