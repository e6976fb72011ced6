// `When Trump announced his candidacy, he referred to ... as "criminals"`: a sentence that opens with a clause of time
// or cause, whose subject is a name, and goes on with `he` or `she` as its own subject. The pronoun most often means
// the opening clause's subject (news repeats the subject across the comma); the person named sentences before, which
// the antecedent search had reached past it, is the wrong one.
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { actsAsVerb, isPronoun, isWord } from './tokenClasses';
import { subjectAfterDescription } from './openingDescriptions';
import { appositiveSubject } from './appositiveNames';
import { invertedSubject } from './invertedSubjects';
import { coordinatedSpeakers } from './coordinatedSpeakers';
import { firstAtLeast } from '../text/sortedNumbers';
import { writerAddressee } from './writerAddressees';

const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['when', 'after', 'as', 'before', 'while', 'since', 'although', 'though', 'once', 'because', 'until', 'whenever']);
/**
 * An object pronoun in the opening clause points at someone else, whom the later pronoun may mean (`After Obama
 * criticized him, he said`); a possessive (`announced his candidacy`, `her bid`) is the subject's own.
 */
function objectPronounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!isWord(t) || (t.lower !== 'him' && t.lower !== 'her')) return false;
  const next = tokens[k + 1];
  return t.lower === 'him' || !isWord(next) || AFTER_OBJECT.has(next.lower);
}
const AFTER_OBJECT: ReadonlySet<string> = new Set(['to', 'for', 'at', 'on', 'in', 'with', 'about', 'of', 'over', 'after', 'before', 'as', 'and', 'or', 'that', 'by', 'from']);
/** How many tokens an opening clause may run before its comma. */
const CLAUSE_TOKENS = 25;

/**
 * The name that is the subject of the clause opening the sentence `tokens`, when the pronoun at text offset `offset` is
 * the first word after the comma that closes that clause; else null.
 */
export function openingClauseSubject(tokens: readonly Token[], offset: number): Phrase | null {
  const first = tokens.findIndex(isWord);
  if (first < 0) return null;
  const topic = topicBefore(tokens, first, offset);
  if (topic !== undefined) return topic;
  if (!OPENING_CONJUNCTIONS.has(tokens[first].lower)) return null;
  // Only the clause's length is read, whatever the sentence's (a pronoun of a long sentence is asked about often).
  let pronoun = -1;
  for (let k = first + 1; k < tokens.length && k - first <= CLAUSE_TOKENS + 2; k++) {
    if (tokens[k].start === offset) {
      pronoun = k;
      break;
    }
  }
  const comma = pronoun - 1;
  if (pronoun < 0 || tokens[comma]?.text !== ',' || !isPronoun(tokens[pronoun])) return null;
  const addressed = writerAddressee(tokens, first, comma); // `When I repeat this to X, he laughs` (writerAddressees.ts)
  if (addressed) return addressed;
  const subject = phraseAfter(tokens, first + 1, true);
  if (!subject || subject.to >= comma || !namesSomeone(tokens, subject) || tokens.slice(subject.from, subject.to).some((t) => !t.cap)) return null;
  // The name must act: a verb right after it (`When Trump spoke`), not `As Trump's aide` or `Since Tuesday`.
  const verb = tokens[subject.to];
  if (!actsAsVerb(verb)) return null;
  for (let k = subject.to; k < comma; k++) if (objectPronounAt(tokens, k)) return null;
  return subject;
}

/** Words after `As` that set a topic off before the clause about it (`As for Kral,`, `As to Kral,`). */
const TOPIC_WORDS: ReadonlySet<string> = new Set(['for', 'to']);

/**
 * `As for Kral, he said he is not worried`: a name set up as the topic, then a comma and a pronoun, which means that
 * name (the antecedent search had passed it by as no subject and reached the person named sentences before). The name
 * phrase when the pronoun at `offset` follows it that way; null when it does not (no name, something between);
 * undefined when the sentence opens with no topic at all.
 */
function topicBefore(tokens: readonly Token[], first: number, offset: number): Phrase | null | undefined {
  if (tokens[first].lower !== 'as' || !isWord(tokens[first + 1]) || !TOPIC_WORDS.has(tokens[first + 1].lower)) return undefined;
  const topic = phraseAfter(tokens, first + 2, true);
  if (!topic || tokens[topic.to]?.text !== ',' || tokens[topic.to + 1]?.start !== offset || !isPronoun(tokens[topic.to + 1])) return null;
  return namesSomeone(tokens, topic) && tokens.slice(topic.from, topic.to).every((t) => t.cap) ? topic : null;
}

/**
 * `When Kral referred to the flood and said she would "...", the crowd applauded`: the named subject of the opening
 * clause the verb at `v` belongs to (no comma between the clause's first word and the verb), else null.
 */
export function openingClauseSubjectOf(tokens: readonly Token[], v: number): Phrase | null {
  const first = clauseOpenerBefore(tokens, v);
  if (first < 0) return null;
  const subject = phraseAfter(tokens, first + 1, true);
  if (!subject || subject.to >= v || !namesSomeone(tokens, subject) || !actsAsVerb(tokens[subject.to])) return null;
  // `After Obama criticized him and said...`: who said it, the clause does not say.
  for (let k = subject.to; k < v; k++) if (objectPronounAt(tokens, k) || isPronoun(tokens[k])) return null;
  return subject;
}

/**
 * Where the clause of time or cause that the verb at `v` belongs to opens: the sentence's first word (`When Kral
 * referred to the flood and said`), or a conjunction past it with no comma or quote between (`There were sharper
 * jabs, such as when Kral knocked Peskar on trade and called him a "moderate"`: the clause's subject is the sentence's
 * only one, and the quote had been no one's). `as` opens one only at the sentence's start (`such as`, `as well as`).
 */
function clauseOpenerBefore(tokens: readonly Token[], v: number): number {
  const first = tokens.findIndex(isWord);
  if (first < 0) return -1;
  for (let k = v - 1; k >= first && v - k <= CLAUSE_TOKENS; k--) {
    const t = tokens[k];
    if (t.text === ',' || t.kind === 'quote') return -1;
    if (isWord(t) && OPENING_CONJUNCTIONS.has(t.lower) && (k === first || t.lower !== 'as')) return k;
  }
  return -1;
}

/**
 * `Reyes praised the plan; his aide, Mia Chen, was less sure.`: the subject of each clause after a semicolon (the
 * name a description sets off, as for a sentence's subject), which a pronoun after it may mean before the first
 * clause's subject does.
 */
export function semicolonSubjects(tokens: readonly Token[]): Phrase[] {
  const found: Phrase[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].text !== ';') continue;
    const phrase = phraseAfter(tokens, k + 1, true);
    if (!phrase) continue;
    const subject = subjectAfterDescription(tokens, phrase) ?? appositiveSubject(tokens, phrase) ?? phrase;
    // A name only: a pronoun or a description there would be resolved by the very search that asks for it.
    if (!tokens.slice(subject.from, subject.to).every((t) => isWord(t) && t.cap) || isPronoun(tokens[subject.from])) continue;
    // Only a subject that acts (a verb after it), never the object or the words of a list.
    const acting = tokens[subject.to]?.text === ',' ? tokens.slice(subject.to + 1).find(isWord) : tokens[subject.to];
    if (actsAsVerb(acting)) found.push(subject);
  }
  return found;
}

/** The clauses' subjects with the name an inverted sentence puts after its verb (invertedSubjects.ts), in text order. */
function withInverted(subjects: Phrase[], inverted: Phrase | null): Phrase[] {
  return inverted ? [...subjects, inverted].sort((a, b) => a.from - b.from) : subjects;
}

/** How many clauses after semicolons before a pronoun are asked, nearest first: a pronoun means someone near it. */
const CLAUSES_ASKED = 2;

/**
 * The semicolon clauses' subjects of each sentence, and the subject an inverted sentence puts after its verb (`There
 * at the back stood Ruiz`), read once a sentence, and asked for the few nearest before a
 * pronoun: a sentence of thousands of semicolons and pronouns (a list, or hostile input) costs about its length.
 */
export class SemicolonClauses {
  private readonly bySentence = new Map<number, Phrase[]>();

  /** The subjects of the clauses of sentence `s` (its tokens `tokens`) that open before text offset `offset`, nearest last. */
  before(s: number, tokens: readonly Token[], offset: number): Phrase[] {
    let subjects = this.bySentence.get(s);
    if (!subjects) this.bySentence.set(s, (subjects = withInverted([...semicolonSubjects(tokens), ...coordinatedSpeakers(tokens)].sort((a, b) => a.from - b.from), invertedSubject(tokens))));
    const lo = firstAtLeast(subjects.length, offset, (i) => tokens[subjects[i].from].start);
    return subjects.slice(Math.max(0, lo - CLAUSES_ASKED), lo);
  }
}
