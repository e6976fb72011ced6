// Whether a text brought in an unnamed person with a definite description's noun between a named person and it:
// in `Ana Kral declined to comment. A person familiar with the matter said ... "...," the person said`, `the person`
// is the one just introduced without a name, not Ana Kral, whom an antecedent search would reach first by name.
import type { PreparedText } from '../text/prepareText';
import { isWord } from './tokenClasses';
import type { Resolved } from './resolvedSpeakers';
export { accusedNamedSince } from './accusedDescriptions';

/** Words that bring in someone new and unnamed (`a person`, `one diplomat`, `another official`). */
const INTRODUCING = new Set(['a', 'an', 'one', 'another']);
/** Reporting verbs after which an article brings in the speaker (`said a person familiar with it`). */
const REPORTING = new Set(['said', 'says', 'added', 'according']);
/** How many sentences back the search goes: a description refers to someone recent. */
const REACH = 4;
/** How many lowercase words may stand between the article and the noun (`a former senior official`). */
const MODIFIERS = 3;

/** Per text and sentence, each word an introduction may end on and the offset of its last such introduction. */
const introductions = new WeakMap<PreparedText, Map<number, Map<string, number>>>();

/**
 * The words a sentence brings someone in with (`A person familiar ...` gives person, familiar, with), each to the
 * offset of the article. Read once a sentence, so that many descriptions after a long sentence stay linear.
 */
function introducedIn(p: PreparedText, k: number): Map<string, number> {
  let byText = introductions.get(p);
  if (!byText) introductions.set(p, (byText = new Map()));
  const known = byText.get(k);
  if (known) return known;
  const found = new Map<string, number>();
  const tokens = p.tokensOf(k);
  let lastWord: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const previous = lastWord;
    if (!isWord(tokens[i])) continue;
    lastWord = tokens[i].lower;
    // Only as a clause's subject: `Piet Varga, a veteran, spoke` describes the one named, it brings in nobody.
    if (!INTRODUCING.has(tokens[i].lower) || (previous !== null && !REPORTING.has(previous))) continue;
    for (let j = i + 1; j <= i + 1 + MODIFIERS && j < tokens.length; j++) {
      const t = tokens[j];
      // A capital between them names whom or which (`a Kral aide`): that one is no stranger to the text.
      if (!isWord(t) || t.text[0] !== t.text[0].toLowerCase()) break;
      found.set(t.lower, tokens[i].start);
    }
  }
  byText.set(k, found);
  return found;
}

/**
 * Nouns that stand for one anonymous source whichever of them the text uses next: copy varies the word (`A source close
 * to the couple said ... "...," the insider said`), and the one it varies it for is still nobody named.
 */
const ANONYMOUS_SOURCE = ['source', 'insider', 'person'];

/** Whether a sentence after offset `from` and before sentence `s` opens with (or reports) `a`/`one ... noun`. */
export function introducedUnnamedSince(p: PreparedText, from: number, s: number, noun: string): boolean {
  const nouns = ANONYMOUS_SOURCE.includes(noun) ? ANONYMOUS_SOURCE : [noun];
  for (let k = s - 1; k >= 0 && k >= s - REACH && p.sentences[k].end > from; k--) {
    const introduced = introducedIn(p, k);
    if (nouns.some((n) => (introduced.get(n) ?? -1) >= from)) return true;
  }
  return false;
}

/**
 * `Grady said the gunman told the negotiators twice that "…"`: a definite description after the sentence's own subject is
 * someone else than that subject, who is no antecedent for it even where the sentences before name them last (the
 * chief who speaks of the gunman is not the gunman). Whether `subject` is `found`, named before offset `at`.
 */
export function describesAnotherThanSubject(subject: Resolved | null, found: Resolved, at: number): boolean {
  return subject !== null && subject.speaker.key === found.speaker.key && subject.mention.end <= at;
}
