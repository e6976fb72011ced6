// `Prime Minister Ivo Marsh condemned the attack. Police arrested Tomas Berg, 41, at the scene. The suspect said he
// "…"`: a definite description reaches back to the person last named as a subject or speaker, but a text names the
// one held for an attack as what is done to (Berg, arrested), so the search passed him and gave the suspect's words to
// the minister. A noun for such a person, with another person named in full since the one found, stays a description.
import type { PreparedText } from '../text/prepareText';
import type { SpeakerRegistry } from './speakerRegistry';
import { isNameWord, isWord } from './tokenClasses';

/** Nouns for someone held for an attack or a crime. */
const ACCUSED_NOUNS: ReadonlySet<string> = new Set(['suspect', 'gunman', 'attacker', 'assailant', 'shooter', 'bomber', 'defendant', 'accused', 'perpetrator', 'killer', 'hijacker', 'kidnapper']);

/** How many sentences back the other person is looked for: a description refers to someone recent. */
const REACH = 3;

/**
 * Whether `noun` is one for someone held for a crime and a person other than `key` is named in full (given name and
 * surname, known to the registry) after offset `from` in the sentences before `s`.
 */
export function accusedNamedSince(p: PreparedText, registry: SpeakerRegistry, noun: string, from: number, s: number, key: string): boolean {
  if (!ACCUSED_NOUNS.has(noun)) return false;
  for (let k = s - 1; k >= 0 && k >= s - REACH && p.sentences[k].end > from; k--) {
    const tokens = p.tokensOf(k);
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (tokens[i].start < from || !isWord(tokens[i]) || !tokens[i].cap || !isNameWord(tokens[i]) || (i > 0 && isNameWord(tokens[i - 1]) && tokens[i - 1].cap)) continue;
      let end = i;
      while (end < tokens.length && isWord(tokens[end]) && tokens[end].cap && isNameWord(tokens[end])) end++;
      if (end - i < 2) continue;
      const record = registry.lookupName(tokens.slice(i, end).map((t) => t.text), p.id);
      if (record && record.kind === 'person' && record.first !== null && record.key !== key) return true;
    }
  }
  return false;
}
