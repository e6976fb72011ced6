// Source side: the development set's articles indexed together, as a writer's source folder would be, and every
// annotated quote looked up by its opening mark: did the engine find it, and whom did it make the speaker?
import type { AttributedQuote, CorpusIndex } from '../../src/core';
import { nameWords, sharesNameWord, type AnnotatedQuote, type SourceType } from './polnear';

export type Outcome = 'right' | 'wrong' | 'description' | 'none' | 'not-found';

export interface ScoredCase {
  readonly case: AnnotatedQuote;
  readonly outcome: Outcome;
  readonly speaker: string | null;
  /** The rule that gave the speaker and the words it read (for reading right and wrong answers by rule). */
  readonly method: string | null;
  readonly mention: string | null;
  readonly context: string;
}

export type Tally = Record<Outcome, number>;

export interface SourceSideResult {
  readonly byType: Record<SourceType, Tally>;
  readonly scored: ScoredCase[];
}

function emptyTally(): Tally {
  return { right: 0, wrong: 0, description: 0, none: 0, 'not-found': 0 };
}

/** The engine's quote that opens at `offset`, or failing that the one that holds it. */
function quoteAt(quotes: readonly AttributedQuote[], offset: number): AttributedQuote | null {
  let holding: AttributedQuote | null = null;
  for (const q of quotes) {
    if (q.start === offset) return q;
    if (q.start <= offset && offset < q.end && !holding) holding = q;
  }
  return holding;
}

/** The initials of a name's capitalised words: `Republican National Committee` -> `RNC`. */
function initials(name: string): string {
  return (name.match(/\p{Lu}[\p{L}'\u2019.-]*/gu) ?? []).map((w) => w[0]).join('');
}

/**
 * Whether one of the two is the other's acronym (`the RNC` and `Republican National Committee`): the same body, which
 * the set's rule (a shared name word) cannot see. A fix of the scorer, not of the engine: the speaker is right.
 */
function abbreviates(speakerName: string, annotatedSource: string): boolean {
  const acronyms = (text: string) => new Set(text.match(/\b\p{Lu}{2,6}\b/gu) ?? []);
  const ours = initials(speakerName);
  const theirs = initials(annotatedSource);
  return (ours.length >= 2 && acronyms(annotatedSource).has(ours)) || (theirs.length >= 2 && acronyms(speakerName).has(theirs));
}

/**
 * Whether the speaker is the annotated source word for word, a leading `the` aside (`State`, `the U.S. media`): the
 * set's rule drops title words (`State`, `U.S.`) and lower-case words, and so scored such a speaker wrong against its
 * very own words. A fix of the scorer, not of the engine.
 */
function sameWords(speakerName: string, annotatedSource: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
  return plain(speakerName) !== '' && plain(speakerName) === plain(annotatedSource);
}

export function scoreSourceSide(index: CorpusIndex, cases: readonly AnnotatedQuote[]): SourceSideResult {
  const byType: Record<SourceType, Tally> = { name: emptyTally(), pronoun: emptyTally(), description: emptyTally() };
  const scored: ScoredCase[] = [];
  for (const c of cases) {
    const article = index.article(c.article);
    const quote = article ? quoteAt(article.quotes, c.offset) : null;
    const speaker = quote?.speaker ?? null;
    let outcome: Outcome;
    if (!quote) outcome = 'not-found';
    else if (!speaker) outcome = 'none';
    else if (speaker.kind === 'description') outcome = 'description';
    else if (c.sourceType !== 'name') outcome = 'right'; // who a pronoun or description means is not annotated: counted as given
    else outcome = sharesNameWord(speaker.name, c.source) || abbreviates(speaker.name, c.source) || sameWords(speaker.name, c.source) ? 'right' : 'wrong';
    byType[c.sourceType][outcome]++;
    const sentence = quote && article ? article.sentences[quote.sentence] : null;
    const context = article ? (sentence ? article.text.slice(sentence.start, sentence.end) : article.text.slice(c.offset, c.offset + 200)) : '';
    scored.push({ case: c, outcome, speaker: speaker?.name ?? null, method: quote?.speaker ? quote.method : null, mention: quote?.mention?.text ?? null, context });
  }
  return { byType, scored };
}

/**
 * A `name` case whose annotated source is a description with capitals in it (`the Florida senator`, `the Republican
 * nominee`), which the engine read in those very words and resolved to the person the text named before: the set's
 * rule (a shared name word) scores that wrong whoever the person is. Counted apart so the note can say so; still wrong.
 */
function resolvedDescription(c: ScoredCase): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[\u2018\u2019]s?$|'s$/, '').replace(/\s+/g, ' ').trim();
  return c.outcome === 'wrong' && c.mention !== null && /^(?:the|a|an|his|her|their)\s/i.test(c.case.source) && plain(c.case.source).startsWith(plain(c.mention));
}

/** A `name` case scored wrong whose annotated source relays the words in its sentence (`according to CNN`, `the Times reported`). */
function annotatedRelay(c: ScoredCase): boolean {
  if (c.outcome !== 'wrong') return false;
  const at = c.context.indexOf(c.case.source.replace(/^(?:the|a|an)\s+/i, ''));
  if (at < 0) return false;
  const around = c.context.slice(Math.max(0, at - 40), at + c.case.source.length + 40).toLowerCase();
  return /according to|reported|reports|notes|told by|writes|wrote|released by|obtained|reviewed by/.test(around);
}

/**
 * A `name` case whose annotated source is itself a description (`A Clinton campaign official`, `Band member Flea`) and
 * which the engine gave in those words: the set annotates such sources as names, so the case counts as a description
 * only. Counted apart so the note can say how many of the description-only cases are of this kind; still not right.
 */
function descriptionAsAnnotated(c: ScoredCase): boolean {
  if (c.case.sourceType !== 'name' || c.outcome !== 'description' || !c.speaker) return false;
  const plain = (text: string) => text.toLowerCase().replace(/\u2019/g, "'").replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
  const ours = plain(c.speaker);
  return ours !== '' && plain(c.case.source).includes(ours);
}

/**
 * A right answer by the set's rule whose name has a word the annotation lacks (`Rachel Ng` for `Prof Wei Ng`): the
 * rule counts a shared surname as right, so another person of that surname is hidden among the right. On a set keyed
 * with each speaker's fullest name (a held-out set) these are the ones to read by hand; on the development set, whose
 * annotations are often a surname alone, most are the same person.
 */
export function extraNameWord(c: ScoredCase): boolean {
  if (c.case.sourceType !== 'name' || c.outcome !== 'right' || !c.speaker) return false;
  const annotated = nameWords(c.case.source, false);
  for (const w of nameWords(c.speaker, true)) if (w.length > 2 && !annotated.has(w)) return true;
  return false;
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';
}

/** `fullKeys`: the set is keyed with each speaker's fullest name (a held-out set), so a name word the key lacks is worth reading. */
export function describeSourceSide(result: SourceSideResult, fullKeys = false): string[] {
  const n = result.byType.name;
  const named = n.right + n.wrong + n.description + n.none + n['not-found'];
  const committed = n.right + n.wrong;
  const lines = [
    `named sources (${named} quotes): right ${n.right} (${percent(n.right, named)}), wrong person ${n.wrong} (${percent(n.wrong, named)}), description only ${n.description}, none ${n.none}, quote not found ${n['not-found']}`,
    `  precision of the speakers committed to: ${percent(n.right, committed)} (${n.right}/${committed})`,
    `  of the wrong, the annotation's own description (\`the Florida senator\`) read by the engine and given the person it means: ${result.scored.filter(resolvedDescription).length}; the outlet or document that relays the words (\`..., Sanders said, according to CNN\`) annotated where the engine gives the person it quotes: ${result.scored.filter((c) => !resolvedDescription(c) && annotatedRelay(c)).length}`,
    `  of the description only, the annotated source itself a description that the engine gives in its words (\`A Clinton campaign official\`): ${result.scored.filter(descriptionAsAnnotated).length}`,
  ];
  if (fullKeys) lines.splice(3, 0, `  of the right, the engine's name holding a word the key lacks (another person who shares a name word, or the same person named more fully; \`--show extra\` lists them): ${result.scored.filter(extraNameWord).length}`);
  for (const type of ['pronoun', 'description'] as const) {
    const t = result.byType[type];
    const total = t.right + t.wrong + t.description + t.none + t['not-found'];
    lines.push(`${type} sources (${total} quotes): a named speaker given for ${t.right} (${percent(t.right, total)}), a description ${t.description}, none ${t.none}, not found ${t['not-found']}`);
  }
  return lines;
}
