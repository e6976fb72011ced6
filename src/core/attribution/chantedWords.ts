// `Kral recalled how the crowd sang "We shall not be moved"`, `Peskar remembered the students chanting "No war"`: a
// chant or a song is the words of whoever chants or sings it, the phrase right before the verb, never the subject of
// the sentence that recalls or reports the scene (verbs of chanting are no verbs of saying, so the nearest verb of
// saying further back would otherwise take the words). A view quoted after `sees` is its holder's own word.
import { tokenAt, type Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** Not `chant`, `chants` nor `sung`: more often a noun (`the chant "…"`) or a passive (`the anthem sung "…"`). */
const CHANTING = /^(?:chanted|chanting|sang|sing|sings|singing|cheered|cheering|hummed|humming|whistled|whistling)$/;

/**
 * `Where Kral sees "a swindle", Peskar sees "a bargain"`: what a person `sees` a thing as, quoted right after the verb,
 * is that person's word for it. Only the present: `saw "Stop" on the wall` reads a sign.
 */
export function viewingVerbBefore(tokens: readonly Token[], qi: number): number {
  const k = qi - 1;
  return isWord(tokenAt(tokens, k)) && tokens[k].lower === 'sees' && !tokens[k].cap ? k : -1;
}

/** The verb of chanting or singing whose object is the quote at `qi` (`sang "…"`, `chanted: "…"`), or -1. */
export function chantingVerbBefore(tokens: readonly Token[], qi: number): number {
  const k = tokenAt(tokens, qi - 1)?.text === ',' || tokenAt(tokens, qi - 1)?.text === ':' ? qi - 2 : qi - 1;
  return isWord(tokenAt(tokens, k)) && !tokens[k].cap && CHANTING.test(tokens[k].lower) ? k : -1;
}
