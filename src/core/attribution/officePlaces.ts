// Wire copy gives an office-holder's country or town after the name (`Transport Minister Jonas Adeyemi of Norvia`,
// `Mayor Ana Kral of Ashby`) and later calls them by it (`the Norvian transport minister`, `the Ashby mayor`). The
// place is learnt with the title, as `transport minister of Norvia`, so that the role with the place finds them.
import { ROLE_HEADS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { isWord } from './tokenClasses';

/** The most words a place's name holds here (`the Central African Republic`). */
const MAX_PLACE_WORDS = 4;

/**
 * `of Norvia` right after a titled name ending before token `end`: the role `<title> of Norvia`. Only a title with an
 * office's head (`Minister`, `Mayor`), and only capitals up to the clause's next word or mark (`of Norvia said`,
 * `of Norvia, who`); `of Norvia's ruling party` is the party's, and `of` before anything lower case is no place.
 */
export function officePlaceRole(tokens: readonly Token[], end: number, title: readonly Token[]): string[] | null {
  if (tokens[end]?.lower !== 'of' || !title.some((t) => ROLE_HEADS.has(t.lower))) return null;
  const place: string[] = [];
  let k = end + 1;
  if (tokens[k]?.lower === 'the') k++;
  for (; k < tokens.length && isWord(tokens[k]) && tokens[k].cap; k++) {
    if (place.length === MAX_PLACE_WORDS || tokens[k].possessive) return null;
    place.push(tokens[k].text);
  }
  if (place.length === 0 || (isWord(tokens[k]) && tokens[k].lower === 'of')) return null;
  return [...title.map((t) => t.text), 'of', ...place];
}
