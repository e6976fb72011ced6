// A phrase of several people (`Burton and Nick`, `Sens. Ana Kral and Ivo Peskar`), taken apart into each one's phrase.
import type { Token } from '../text/sentenceTokens';
import { readNamePhrase, type Phrase } from './speakerPhrases';
import { isPersonNoun } from './phraseKinds';
import { isWord } from './tokenClasses';

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

/**
 * `the Florida senator and Republican presidential candidate`: roles joined under one determiner, the later ones
 * with neither a determiner nor a name, describe one person (`the mayor and the governor` are two).
 */
export function sameOneDescribed(tokens: readonly Token[], parts: Phrase[]): Phrase[] {
  if (parts.length < 2 || tokens[parts[0].from].lower !== 'the') return parts;
  const roles = parts.slice(1).every((part) => {
    const np = readNamePhrase(tokens, part);
    const head = tokens[part.to - 1];
    return np.name.length === 0 && !np.determiner && !np.isOrganisation && isWord(head) && isPersonNoun(head.lower);
  });
  return roles ? [parts[0]] : parts;
}
