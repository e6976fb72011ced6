// `What does Marc-André say about it?` ¶ `"He says it was a high stick. It was a puck. I was there."`: an interview's
// question asks the one interviewed about what someone else says, and the answer after it is the interviewee's. The
// question's speech verb had handed the floor to the one it names, and the mother's answer went to her son. A speech
// verb in a question (a `do`/`does`/`did` before its subject, a `?` ending the sentence) hands no floor.
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/** Whether the speech verb at `v` of the sentence `tokens` is asked about: an auxiliary before it, a `?` ending it. */
export function questionedSaying(tokens: readonly Token[], v: number): boolean {
  let end = tokens.length - 1;
  while (end > v && tokens[end].kind === 'punct' && tokens[end].text !== '?') end--;
  if (tokens[end]?.text !== '?') return false;
  for (let k = 0; k < v; k++) if (isWord(tokens[k]) && QUESTION_AUXILIARIES.has(tokens[k].lower)) return true;
  return false;
}
