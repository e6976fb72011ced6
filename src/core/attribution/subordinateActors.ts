// `The vote came days after President Oleg Sarin signed the treaties at a ceremony, declaring that residents would be
// "our citizens forever."`: a participle after a comma goes on from a subject that can act. Where the sentence's
// subject is a thing (`The vote`), which declares nothing, the person who does is the subject of the subordinate
// clause the participle closes (`after Sarin signed …`). The thing had been given the words as a description.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isVerbLike, isWord, SUBORDINATORS } from './tokenClasses';

/** How far before the participle the subordinate clause's subject may stand, in tokens. */
const CLAUSE_REACH = 24;

/**
 * The named subject of the last subordinate clause (`after`, `when`, `once`, … then a name and its verb) between the
 * sentence's subject and the participle at `v`, or null. Not past a semicolon or a quote (another clause's words),
 * nor `as` (`as Kral put it` is an aside, not an actor). Only for a participle right after a comma.
 */
export function subordinateActor(tokens: readonly Token[], v: number): Phrase | null {
  // `…, with the court calling it "…"`: a participle with a subject of its own is that subject's.
  if (tokens[v - 1]?.text !== ',') return null;
  for (let k = v - 1; k >= 0 && k >= v - CLAUSE_REACH; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || t.text === ';') return null;
    if (!isWord(t) || t.cap || !SUBORDINATORS.has(t.lower) || t.lower === 'as') continue;
    const subject = phraseAfter(tokens, k + 1, true);
    const verb = subject ? tokens[subject.to] : undefined;
    return subject && isWord(verb) && isVerbLike(verb) && namesSomeone(tokens, subject) ? subject : null;
  }
  return null;
}
