// `Tomas Kral's daughter said` for words the sources give Tomas Kral: a draft's speaker described as a relative of
// someone (`X's daughter`, `her husband's brother`) is never that someone, and a relative does not speak for a person as
// a spokesman may (mouthpieces.ts). Only the person the possessive names is ruled out: the relative may be anyone
// else, whoever the sources quote.
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { RELATIVE_NOUNS } from '../text/personNouns';
import type { Speaker } from '../types';

/** `Tomas Kral's daughter`, `the late Ana Ruiz's son`: the possessor's name words and the relative's noun. */
const RELATIVE_OF = /^(?:the\s+(?:late\s+)?)?((?:\p{Lu}[\p{L}'\u2019.-]*\s+){1,3}\p{Lu}[\p{L}.-]*)['\u2019]s?\s+(?:(?:elder|eldest|younger|youngest|late|former|only|adult|teenage|twin)\s+)?(\p{Ll}+)$/u;

/** Whether the draft's words for its speaker (`mention`) describe a relative of `source`, the source's speaker of the words. */
export function relativeOfSource(mention: string | null, source: Speaker, corpus: SpeakerRegistry): boolean {
  if (mention === null || source.kind !== 'person' || source.members) return false;
  const found = RELATIVE_OF.exec(mention.trim());
  if (!found || !RELATIVE_NOUNS.has(found[2])) return false;
  // A full name only: relatives share a surname, and `Kral's daughter` may be the Kral the sources quote.
  const words = found[1].split(/\s+/);
  if (words.length < 2) return false;
  const possessor = corpus.lookupName(words);
  return possessor !== null && possessor.key === source.key;
}
