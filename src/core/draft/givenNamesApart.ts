// A draft that names its speaker in full (`Prosecutor Siobhán Keane was blunt.`) and then tags the quote by surname
// (`Ms Keane said`) says which Keane it means. The tag's words fitting a source speaker of the same surname but
// another given name (`Brendan Keane`, the defence counsel) are no sign the two are one person: they share a
// surname, not a name. So the surname (nameFits) and a name's word after a particle (`de Souza`, sharesNameWord)
// stop vouching for them. Only when the draft itself gives the full name near the quote (a full name the reader
// guessed from the sources for a lone `Keane` proves nothing of the writer), when the sources name their speaker in
// full too, and when the draft's text there never names the source's speaker by a word of their own (the draft
// might mean them: `Siobhán and Brendan Keane clashed … Mr Keane said`).
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { FUNCTION_WORDS, NAME_PARTICLES, ROLE_WORDS } from '../text/newsLexicon';
import { isSpellingVariant, tokenizeWords } from '../text/normalizeText';
import type { Speaker } from '../types';
import { isOccupationTitle } from './occupationTitles';

/** A name's words without titles and particles; an occupation before a surname is no given name (`Baker Tamm`). */
function nameWords(name: string): string[] {
  const words = tokenizeWords(name).map((t) => t.word).filter((w) => !FUNCTION_WORDS.has(w) && !NAME_PARTICLES.has(w) && !ROLE_WORDS.has(w));
  return words.length >= 2 && isOccupationTitle(words[0]) ? words.slice(1) : words;
}

/** Whether a name word is another's, or an initial of it (`j` for `jonas`), or spelt a little otherwise. */
function sameWord(a: string, b: string): boolean {
  return isSpellingVariant(a, b) || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * Whether the draft's speaker, named in full in `draftText` (the quote's paragraph and the one before), and the
 * source's, named in full by the sources, share a name word yet each has one the other lacks: see above. `whole`:
 * the draft's whole name for its speaker across a particle (`ana`, `costa` for `da Costa`), where it gives one.
 */
export function givenNamesApart(claimed: Speaker, source: Speaker, corpus: SpeakerRegistry, draftText: string, whole: readonly string[] | null = null): boolean {
  if (claimed.kind !== 'person' || source.kind !== 'person' || claimed.members || source.members) return false;
  const record = corpus.record(source.key);
  if (!record || record.kind !== 'person' || record.first === null) return false;
  const ours = whole ?? nameWords(claimed.name);
  const theirs = nameWords(source.name);
  if (ours.length < 2 || theirs.length < 2) return false;
  if (!ours.some((w) => theirs.some((v) => sameWord(w, v)))) return false;
  const onlyOurs = ours.filter((w) => !theirs.some((v) => sameWord(w, v)));
  const onlyTheirs = theirs.filter((w) => !ours.some((v) => sameWord(w, v)));
  if (onlyOurs.length === 0 || onlyTheirs.length === 0) return false;
  const written = [...new Set(tokenizeWords(draftText).map((t) => t.word))];
  if (!ours.every((w) => written.includes(w))) return false;
  return !onlyTheirs.some((w) => written.some((v) => sameWord(w, v)));
}
