// Other renderings of the same words: where another source quotes the same speaker saying the same thing in other
// words (another agency's translation), the hover shows both, each with its source.
import { diffQuote, normalizePhrase, type CorpusIndex, type PassageMatch, type SourceMatch } from '../core';

/** Share of the shorter wording's words the two must have in common to be renderings of one statement. */
const SHARED_SHARE = 0.6;
const MAX_RENDERINGS = 2;

/** Source quotations, in other articles than `match`'s, that render the words of `quoteText` otherwise. */
export function otherRenderings(index: CorpusIndex, quoteText: string, match: SourceMatch): PassageMatch[] {
  const mine = normalizePhrase(quoteText);
  const seen = new Set<string>([normalizePhrase(match.sourceText)]);
  const out: PassageMatch[] = [];
  for (const m of index.find(quoteText, 10)) {
    if (out.length >= MAX_RENDERINGS) break;
    if (m.kind !== 'quote' || m.location.sourceId === match.location.sourceId) continue;
    if (match.speaker && m.speaker && m.speaker.key !== match.speaker.key) continue;
    const theirs = normalizePhrase(m.text);
    if (theirs.includes(mine) || seen.has(theirs)) continue;
    const { parts, typographic } = diffQuote(quoteText, m.text);
    if (typographic) continue;
    const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
    const same = parts.filter((p) => p.kind === 'same').reduce((n, p) => n + count(p.text), 0);
    const shorter = Math.min(count(quoteText), count(m.text));
    if (shorter === 0 || same / shorter < SHARED_SHARE) continue;
    seen.add(theirs);
    out.push(m);
  }
  return out;
}
