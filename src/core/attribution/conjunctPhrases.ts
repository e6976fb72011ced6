// A phrase of several people (`Burton and Nick`, `Sens. Ana Kral and Ivo Peskar`), taken apart into each one's phrase.
import type { Token } from '../text/sentenceTokens';
import type { Phrase } from './speakerPhrases';

/** The phrase split at `and`: `Burton and Nick` -> [Burton] [Nick]; `Putin and his lieutenants` -> [Putin] [his lieutenants]. */
export function conjuncts(tokens: readonly Token[], phrase: Phrase): Phrase[] {
  const parts: Phrase[] = [];
  let from = phrase.from;
  for (let i = phrase.from; i < phrase.to; i++) {
    const t = tokens[i];
    if (t.lower === 'and' || t.lower === '&') {
      if (i > from) parts.push({ from, to: i });
      from = i + 1;
    }
  }
  if (phrase.to > from) parts.push({ from, to: phrase.to });
  return parts;
}
