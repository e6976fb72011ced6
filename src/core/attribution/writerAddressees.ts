// `When I repeat this to Ó Flatharta, he goes back to his sanding.`, `When I ask Ngata about the flood, she laughs.`:
// a clause opening the sentence in which the writer (`I`, `we`) puts something to someone named; the `he` or `she`
// right after its comma is the one addressed (the writer is no he or she). Profiles narrate their subject's reactions
// so; the antecedent search had passed the name by as no subject and reached the third party quoted before.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isWord } from './tokenClasses';

const WRITER: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * The name the writer's opening clause addresses (`to X` after its verb, or X as the verb's object), when that clause
 * runs from the conjunction at `first` to the comma at `comma`, names exactly one person so, and the writer is its
 * subject; else null.
 */
export function writerAddressee(tokens: readonly Token[], first: number, comma: number): Phrase | null {
  const writer = tokens[first + 1];
  if (!isWord(writer) || !WRITER.has(writer.lower) || !isWord(tokens[first + 2]) || tokens[first + 2].cap) return null;
  let found: Phrase | null = null;
  for (let k = first + 3; k < comma; k++) {
    const t = tokens[k];
    if (!isWord(t) || !t.cap) continue;
    const before = tokens[k - 1];
    // `to X` anywhere in the clause, or X right after the writer's verb (`ask X`, `tell X`, `show X`).
    if (!isWord(before) || (before.lower !== 'to' && k !== first + 3)) return null;
    const phrase = phraseAfter(tokens, k, true);
    if (found || !phrase || phrase.to > comma || !namesSomeone(tokens, phrase) || tokens.slice(phrase.from, phrase.to).some((w) => !w.cap || w.possessive)) return null;
    found = phrase;
    k = phrase.to - 1;
  }
  return found;
}
