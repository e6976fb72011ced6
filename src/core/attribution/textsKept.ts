// `She keeps a line from her mentor, Erik Lunde, on her desk: "…"`, `Kral keeps a note from Peskar pinned to the
// wall: "…"`: someone's words the subject keeps, shows or passes on, named by what they are and whom they are from,
// with a place or a manner after them before the colon. The words are the one they are from, never the subject who
// keeps them (reproducedWords reads the sender's name right before the colon; this reads past such a tail).
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { nonPersonKind } from './groupNames';
import { isSpeechVerbAt, isWord } from './tokenClasses';

/** The most tokens from `from` to the colon (`from her mentor, Erik Lunde, on her desk`). */
const REACH = 12;
/** The most words of the tail after the sender (`pinned to the wall above her desk`). */
const TAIL_WORDS = 6;
/** Verbs that answer a text, whose words after the colon are the answer (`answered a letter from Peskar on Monday:`). */
const ANSWERING = /^(?:answered|answers|answer|answering|replied|replies|reply|replying|responded|responds|respond|responding|to|on|about|at|against)$/;

/** Words that open a clause about the text rather than say where it is (`that read`, `which says`). */
const CLAUSE_WORDS = /^(?:that|which|who|read|reads|says|said)$/;

/**
 * The phrase naming whom the text before the colon at `colon` is from, when a tail of lower-case words stands
 * between that name and the colon; null otherwise. `isText` tells a noun for words or a text (`line`, `note`).
 */
export function keptTextSender(tokens: readonly Token[], colon: number, isText: (lower: string) => boolean): Phrase | null {
  for (let k = colon - 2; k > 1 && colon - k <= REACH; k--) {
    if (tokens[k].kind === 'quote') return null;
    if (!isWord(tokens[k]) || tokens[k].lower !== 'from') continue;
    const text = tokens[k - 1];
    if (!isWord(text) || text.cap || !isText(text.lower)) return null;
    // Back over the text's determiner and a word or two describing it to what governs it.
    let d = k - 2;
    while (d > 0 && k - 2 - d < 3 && isWord(tokens[d]) && !tokens[d].cap && !['a', 'an', 'the'].includes(tokens[d].lower)) d--;
    if ([tokens[d], tokens[d - 1]].some((t) => isWord(t) && ANSWERING.test(t.lower))) return null;
    const sender = phraseAfter(tokens, k + 1, true);
    if (!sender) return null;
    let who = sender;
    let end = sender.to;
    // `from her mentor, Erik Lunde,`: the name set off after the description is whom the text is from.
    if (tokens[end]?.text === ',') {
      const named = phraseAfter(tokens, end + 1, false);
      if (!named || tokens[named.to]?.text !== ',' || !tokens.slice(named.from, named.to).every((t) => t.cap)) return null;
      who = named;
      end = named.to + 1;
    }
    if (end >= colon || colon - end > TAIL_WORDS) return null;
    // A place or a manner only: a clause about the text (`that read:`) is the text's own wording, which reproducedWords
    // and the rules after it read.
    for (let j = end; j < colon; j++) if (!isWord(tokens[j]) || tokens[j].cap || isSpeechVerbAt(tokens, j) || CLAUSE_WORDS.test(tokens[j].lower)) return null;
    const words = tokens.slice(who.from, who.to);
    return words.some((t) => t.cap) && nonPersonKind(words.map((t) => t.text), false) !== 'place' ? who : null;
  }
  return null;
}
