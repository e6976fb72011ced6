// A profile's subject coming back as `he` or `she` after someone of the same sex spoke about them:
//
//   His deputy, Geoffrey Stansfield, remembered the first offer. "Frank made him wait an hour," Stansfield said.
//   The owners were tempted. He refused. "They'd have closed us," he told the paper.
//
// The pronoun walk (PronounAntecedents.antecedent) finds the nearest person of that sex, the deputy who spoke the paragraph
// before. A reader does not: the deputy's own words spoke of the subject as `him`, the narration went on about a `he`
// who acts (no speech verb: `He refused`, `She came home in 1966`), and the piece opened by naming its subject, before
// anyone it quotes about them. With all of that, `he` is the one the piece is about. Each condition alone is common in
// news (`"...," Brough said. ¶ He added ...` is Brough), so all are asked.
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';
import { readNamePhrase } from './namePhrases';
import { nonPersonKind } from './groupNames';
import type { PreparedText } from '../text/prepareText';
import { lastStartingBy } from '../text/sortedNumbers';
import type { Attribution, Resolved } from './resolvedSpeakers';
import { isNameWord, isSpeechVerbAt } from './tokenClasses';
import { PronounAntecedents } from './pronounAntecedents';

/** The paragraphs (headline, standfirst, byline, first body paragraph) where a piece names whom it is about. */
const OPENING_PARAGRAPHS = 3;
/** The fewest times the subject must be named: a piece about them, not one naming them in passing. */
const SUBJECT_NAMINGS = 2;

const PRONOUNS = { male: /\b(?:he|him|his|himself)\b/i, female: /\b(?:she|her|hers|herself)\b/i };
const SUBJECT_PRONOUN = { male: 'he', female: 'she' };

interface Namings {
  /** Where the text names each person, in text order, by key. */
  readonly at: Map<string, number[]>;
  /** The first person the text names, if in its opening paragraphs: whom the piece is about. */
  readonly subject: SpeakerRecord | null;
  readonly subjectAt: { start: number; end: number } | null;
}

const namingsOf = new WeakMap<PreparedText, Namings>();

/** Where this text names each person it names in full (never as an owner), and the first of them. */
function namings(p: PreparedText, registry: SpeakerRegistry): Namings {
  const known = namingsOf.get(p);
  if (known) return known;
  const at = new Map<string, number[]>();
  let subject: SpeakerRecord | null = null;
  let subjectAt: { start: number; end: number } | null = null;
  for (let s = 0; s < p.sentences.length; s++) {
    const tokens = p.tokensOf(s);
    for (let i = 0; i < tokens.length; i++) {
      if (!isNameWord(tokens[i])) continue;
      let j = i + 1;
      while (j < tokens.length && isNameWord(tokens[j]) && !tokens[j - 1].possessive) j++;
      const phrase = readNamePhrase(tokens, { from: i, to: j });
      const span = { start: tokens[i].start, end: tokens[j - 1].end };
      i = j - 1;
      // `Stan Tracey's rival`: an owner is what the words are about, not whom the piece is about.
      if (phrase.groupOf || phrase.isOrganisation || phrase.name.length === 0 || tokens[j - 1].possessive) continue;
      const words = phrase.name.map((t) => t.text);
      if (nonPersonKind(words, phrase.title.length > 0) !== null) continue;
      const record = registry.lookupName(words, p.id);
      if (!record || record.kind !== 'person' || record.first === null || (p.id !== null && !record.articles.has(p.id))) continue;
      at.set(record.key, [...(at.get(record.key) ?? []), span.start]);
      if (!subject && p.sentences[s].paragraph <= OPENING_PARAGRAPHS) [subject, subjectAt] = [record, span];
    }
  }
  const found = { at, subject, subjectAt };
  namingsOf.set(p, found);
  return found;
}

/**
 * The piece's subject that `found` (the walk's answer for a `he`/`she` at `offset` in sentence `s`) stands in front of,
 * as a Resolved, or undefined to keep `found`.
 */
export function returningSubject(
  p: PreparedText,
  registry: SpeakerRegistry,
  results: readonly Attribution[],
  s: number,
  offset: number,
  found: Resolved,
  want: 'male' | 'female',
): Resolved | undefined {
  if (found.speaker.kind !== 'person') return undefined;
  // The subject: the first person the piece names, in its headline or opening paragraphs, of that sex, named twice
  // before the pronoun and before the one found was.
  const { at, subject, subjectAt } = namings(p, registry);
  if (!subject || !subjectAt || subject.key === found.speaker.key || registry.gender(subject) !== want) return undefined;
  const namedBefore = (at.get(subject.key) ?? []).filter((x) => x < offset).length;
  const foundFirst = at.get(found.speaker.key)?.[0] ?? found.mention.start;
  if (namedBefore < SUBJECT_NAMINGS || subjectAt.start >= foundFirst) return undefined;
  const foundSentence = lastStartingBy(p.sentences, found.mention.start);
  const paragraph = p.sentences[foundSentence].paragraph;
  if (paragraph >= p.sentences[s].paragraph) return undefined;
  // The one found spoke in their paragraph, and their words told of someone else of that sex (`Frank made him wait`);
  // naming the subject is not enough (`"I am calling from the Clinton campaign," Miller said. ¶ She pauses.`).
  let first = foundSentence;
  while (first > 0 && p.sentences[first - 1].paragraph === paragraph) first--;
  let spokeOfAnother = false;
  for (let q = p.firstQuoteOf[first] ?? p.quotes.length; q < p.quotes.length && p.sentences[p.quoteSentence[q]].paragraph <= paragraph; q++) {
    if (p.sentences[p.quoteSentence[q]].paragraph === paragraph && results[q]?.speaker?.key === found.speaker.key && PRONOUNS[want].test(p.quotes[q].text)) spokeOfAnother = true;
  }
  if (!spokeOfAnother) return undefined;
  // Narration between: a sentence of a later paragraph with no quote and no speech verb whose `he`/`she` acts (the
  // pronoun's own, `He refused.`, or one before it), and the one found never named again.
  const foundLast = registry.record(found.speaker.key)?.last;
  let narrated = false;
  for (let k = foundSentence + 1; k < p.sentences.length && p.sentences[k].start <= offset; k++) {
    const tokens = p.tokensOf(k);
    if (tokens.some((t) => t.kind === 'word' && t.start > found.mention.end && t.start < offset && normalizeName([t.text])[0] === foundLast)) return undefined;
    if (p.sentences[k].paragraph === paragraph || tokens.some((t, i) => t.kind === 'quote' || isSpeechVerbAt(tokens, i))) continue;
    if (tokens.some((t) => t.kind === 'word' && t.lower === SUBJECT_PRONOUN[want])) narrated = true;
  }
  return narrated ? { speaker: registry.toSpeaker(subject), mention: { ...subjectAt, text: p.text.slice(subjectAt.start, subjectAt.end) } } : undefined;
}

/** The pronoun walk, then the piece's subject where the one it found only spoke of them (see above). */
export abstract class ReturningSubjects extends PronounAntecedents {
  protected override antecedent(s: number, offset: number, want: 'male' | 'female' | 'plural' | 'organisation' | null): Resolved | null {
    const found = super.antecedent(s, offset, want);
    if (!found || (want !== 'male' && want !== 'female')) return found;
    return returningSubject(this.p, this.registry, this.results, s, offset, found, want) ?? found;
  }
}
