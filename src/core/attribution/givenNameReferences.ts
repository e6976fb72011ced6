// `Down the valley, dairy farmer Helen Bowen has taken a different route. "...," Helen says.`: feature and local
// writing call people by the given name once it has named them in full. A lone capital that is no one's surname in
// the sources, and that opens exactly one full name earlier in the same text, is that person; read as a name of its
// own it was a new person `Helen`, whom no draft's `Helen Bowen said` would ever match.
import type { Token } from '../text/sentenceTokens';
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';

/** The most capitalised words after the given name that a full name takes (`Helen Mary Bowen`). */
const MORE_NAME_WORDS = 3;
const NAME_WORD = /[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]+)/uy;
const LETTER = /[\p{L}\p{M}]/u;

/**
 * The person named in full whose given name `word` is, when the text before `word` opens one full name with it and
 * the sources know `word` as no one's surname (`known`: what the registry found for it alone); else null.
 */
export function personOfGivenName(registry: SpeakerRegistry, text: string, article: string | null, word: Token, known: SpeakerRecord | null): SpeakerRecord | null {
  const lone = normalizeName([word.text])[0];
  // A surname the sources know (`Warren` of Elizabeth Warren) or a name known in full keeps its reading.
  if (known && !(known.kind === 'person' && known.first === null && known.last === lone && known.roles.size === 0)) return null;
  let holder: SpeakerRecord | null = null;
  for (let at = text.indexOf(word.text); at >= 0 && at < word.start; at = text.indexOf(word.text, at + 1)) {
    if (at > 0 && LETTER.test(text[at - 1])) continue;
    const words = [word.text];
    NAME_WORD.lastIndex = at + word.text.length;
    for (let m = NAME_WORD.exec(text); m && words.length <= MORE_NAME_WORDS; m = NAME_WORD.exec(text)) words.push(m[1]);
    if (words.length === 1) continue;
    const record = registry.lookupName(words, article);
    if (!record || record.kind !== 'person' || record.first?.split(' ')[0] !== lone || (article !== null && !record.articles.has(article))) continue;
    // Two people of one given name (`Helen Bowen`, `Helen Price`): the lone name could be either.
    if (holder && holder !== record) return null;
    holder = record;
  }
  return holder;
}
