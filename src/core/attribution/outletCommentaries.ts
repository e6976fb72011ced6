// `Xinhua, the official news agency, said in a commentary that the statement was "a diluted apology"`: an outlet
// relays others' words (`Kral told Xinhua`, `Xinhua reported`), but in its own commentary or editorial it speaks
// for itself, as a state's agency often does in the news of another country. The words are the outlet's, not no one's.
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** The outlet's own pieces of opinion. */
const OWN_PIECES = /^(?:commentary|commentaries|editorial|editorials|op-ed|column|opinion)$/;
/** Words between `in` and the piece (`in a signed commentary`, `in its lead editorial`). */
const BEFORE_PIECE = /^(?:a|an|its|their|the|own|signed|lead|front-page|unsigned|separate|sharply-worded|strongly-worded)$/;
/** The most tokens from the verb to `in` (`said on Friday in a commentary`). */
const TO_IN = 4;

/** Whether the speech verb at `v` is followed by `in` a commentary or an editorial of its subject's own. */
export function saidInOwnPiece(tokens: readonly Token[], v: number): boolean {
  for (let i = v + 1; i <= v + TO_IN && isWord(tokens[i]); i++) {
    if (tokens[i].lower !== 'in') continue;
    let k = i + 1;
    while (k < i + 4 && isWord(tokens[k]) && BEFORE_PIECE.test(tokens[k].lower)) k++;
    return isWord(tokens[k]) && OWN_PIECES.test(tokens[k].lower);
  }
  return false;
}

/** The token that ends the verb's subject before `v`, past an appositive set off by commas (`Xinhua, the agency, said`). */
export function subjectEndPastAside(tokens: readonly Token[], v: number): number {
  if (tokens[v - 1]?.text !== ',') return v;
  for (let j = v - 2; j >= 0 && j >= v - 10; j--) {
    if (tokens[j].text === ',') return j;
    if (!isWord(tokens[j])) break;
  }
  return v;
}
