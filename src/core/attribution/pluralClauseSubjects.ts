// `Sorn visited Eastbridge, where residents told her the floods had been "the worst in memory"`, `voted against what
// supporters call a "fair share" levy`: a clause inside the sentence whose own subject is people named by a bare
// plural (no article, no capital). The words are that clause's subject's, never the main clause's subject's, who
// had been given them because only a pronoun, a name or a determiner's phrase counted as a clause's own subject.
import type { Token } from '../text/sentenceTokens';
import { isGroupOfPeople } from './groupObjectAppositives';
import { isWord } from './tokenClasses';

/** The most words of such a subject (`local residents`). */
const SUBJECT_WORDS = 2;

/** Free relatives that open a clause naming a thing by someone's words (`what critics call`). */
export const FREE_RELATIVES: ReadonlySet<string> = new Set(['what']);

/** Whether `words`, a clause's subject, are a bare plural of people in lower case (`residents`, `local officials`). */
export function isBarePluralSubject(words: readonly Token[]): boolean {
  const head = words[words.length - 1];
  return words.length > 0 && words.length <= SUBJECT_WORDS && words.every((t) => isWord(t) && !t.cap && !t.possessive) && isGroupOfPeople(head.lower);
}
