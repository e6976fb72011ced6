// People a sentence names outside its subject (`remarks Clinton made`, `a letter to Reyes`), never as an owner: weaker candidates for
// a pronoun than a sentence's subject or a quote's speaker, asked only when none of those fits (see
// SpeakerResolver.antecedent). Only people the registry already knows in full from this text count: a capital
// read here never becomes a new person.
import type { PreparedText } from '../text/prepareText';
import type { Token } from '../text/sentenceTokens';
import { nonPersonKind } from './groupNames';
import { readNamePhrase } from './namePhrases';
import { normalizeName, type SpeakerRecord, type SpeakerRegistry } from './speakerRegistry';
import type { Resolved } from './resolvedSpeakers';
import { isNameWord, isRoleWord, isSpeechVerbAt, isWord } from './tokenClasses';
import { isLoneActor, titledRelative } from './loneSubjects';
import { invertedSubject } from './invertedSubjects';
import { isPeoplePlural, isPersonNoun } from './phraseKinds';
import { relativeOfOwnerSex } from './ownedRelatives';
import { opensWithUnnamedSayer } from './unnamedSayers';
import { pastOpenings } from './subjectOpenings';
import { entryStart } from './headlineLines';

/** How many sentences back a person named outside a subject may be a pronoun's. */
const NAMED_REACH = 2;

export interface NamedPerson {
  readonly record: SpeakerRecord;
  /** Token indices of the name, [from, to). */
  readonly from: number;
  readonly to: number;
}

/** The people the tokens name, in text order, past the sentence's first word (which opens it, as its subject would). */
export function peopleNamed(tokens: readonly Token[], registry: SpeakerRegistry, article: string | null): NamedPerson[] {
  const found: NamedPerson[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && isNameWord(tokens[j]) && !tokens[j - 1].possessive) j++;
    const from = i;
    i = j - 1;
    const phrase = readNamePhrase(tokens, { from, to: j });
    // `Ayn Rand's "Atlas Shrugged"`, `Clinton's email scandal`: an owner is what the sentence is about, not who acts.
    if (phrase.groupOf || phrase.isOrganisation || phrase.name.length === 0 || tokens[j - 1].possessive) continue;
    const words = phrase.name.map((t) => t.text);
    if (nonPersonKind(words, phrase.title.length > 0) !== null) continue;
    const record = registry.lookupName(words, article);
    // Someone this text names in full: a lone capital (`Getty`) or someone only other articles name is no one here.
    if (!record || record.kind !== 'person' || record.first === null || (article !== null && !record.articles.has(article))) continue;
    found.push({ record, from, to: j });
  }
  return found;
}

/**
 * Whether the sentence opens with a lone capital this text holds as a person (that very surname, not a spelling
 * variant), who never speaks in the text (`speaks`) and acts as the sentence's subject.
 */
function opensWithLoneActor(tokens: readonly Token[], registry: SpeakerRegistry, article: string | null, speaks: (last: string) => boolean): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (first < 0 || !isNameWord(tokens[first]) || isNameWord(tokens[first + 1]) || tokens[first].possessive || isPeoplePlural(tokens[first].lower)) return false;
  const words = [tokens[first].text];
  const record = registry.lookupName(words, article);
  if (!record || record.last !== normalizeName(words)[0] || (article !== null && !record.articles.has(article))) return false;
  return !speaks(record.last) && isLoneActor(tokens, tokens[first].end, record);
}

/**
 * Whether the sentence puts a lone capital after its verb as its subject (`Among the crowd was Ruiz, a mechanic.`,
 * invertedSubjects.ts): someone a later pronoun may mean, whose sex nothing tells, so no guess reaches past them.
 */
function invertsLoneCapital(tokens: readonly Token[], registry: SpeakerRegistry, article: string | null): boolean {
  const inverted = invertedSubject(tokens);
  if (!inverted || inverted.to - inverted.from !== 1) return false;
  const record = registry.lookupName([tokens[inverted.from].text], article);
  return record?.kind === 'person' && registry.gender(record) === null;
}

/** Words opening an unnamed person: `the minister`, and the indefinite `a`, `one`, `another` (`One California delegate`). */
const UNNAMED_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another']);
/** How many words an indefinite opener may put before its noun (`One California delegate`, `A longtime GOP donor`). */
const INDEFINITE_MODIFIERS = 2;

/**
 * Whether the sentence opens with `the` and a role or a noun for a person with no name after it (`The minister met`),
 * or with `a`, `one` or `another` and such a noun a word or two on (`One California delegate said he tried`): the
 * unnamed person is likelier meant by a later `he` than someone named in passing before them (`thanks to Trump`).
 */
function opensWithUnnamedRole(tokens: readonly Token[]): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (first >= 0 && unnamedRoleAt(tokens, first)) return true;
  // `At the airport, where crowds waited, a former interpreter said he had not slept`: past a fronted phrase set off
  // by a comma, an indefinite subject of a speech verb is the clause's speaker, as one opening the sentence is.
  for (let c = first; c >= 0 && c < tokens.length; c++) {
    if (tokens[c].text !== ',' || !INDEFINITE_OPENERS.has(tokens[c + 1]?.lower ?? '')) continue;
    // Any noun there (`a former interpreter`, `a pharmacist`): the lexicon's person nouns are too few to ask.
    // Words only, no comma: not `a friend, Ana Kral, said`, where the name set off after it is the one meant.
    for (let v = c + 3; v <= c + 2 + SUBJECT_WORDS && isWord(tokens[v - 1]); v++) if (isSpeechVerbAt(tokens, v)) return true;
  }
  return false;
}

/** Indefinite openers of an unnamed subject after a fronted phrase (`, a former interpreter said`). */
const INDEFINITE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);
/** The most words of such a subject before its speech verb (`a former interpreter for the German army said`). */
const SUBJECT_WORDS = 8;

/** Whether an unnamed role or person noun opens at `first` (see opensWithUnnamedRole). */
function unnamedRoleAt(tokens: readonly Token[], first: number): boolean {
  if (!UNNAMED_OPENERS.has(tokens[first].lower)) return false;
  const isNoun = (t: Token | undefined) => isWord(t) && (isRoleWord(t) || isPersonNoun(t.lower));
  let h = first + 1;
  if (tokens[first].lower !== 'the') while (h < first + 1 + INDEFINITE_MODIFIERS && isWord(tokens[h]) && !isNoun(tokens[h])) h++;
  if (!isNoun(tokens[h])) return false;
  let k = h + 1;
  while (isWord(tokens[k]) && (tokens[k].lower === 'of' || tokens[k].lower === 'the' || (tokens[k].cap && !isNameWord(tokens[k + 1])))) k++;
  // `The minister, Ana Kral, met`: a name set off after the role may be the one it means.
  return !isNameWord(tokens[k]) && tokens[k]?.text !== ',';
}

/**
 * `The award went to Ana Kral last year. "...," she said`: when no subject or speaker fits, a person named elsewhere
 * in the sentence or two before, the nearer sentence first and in it the first named (news names the one who acts
 * before those acted on: `Although ..., Ana Kral declined to charge Ivo Brandt`), and only one the texts call by that
 * pronoun (a name whose sex nothing tells is too weak a guess).
 */
export function namedAntecedent(p: PreparedText, registry: SpeakerRegistry, s: number, want: 'male' | 'female', speaks: (last: string) => boolean): Resolved | null {
  const paragraph = p.sentences[s].paragraph;
  for (let k = s - 1; k >= 0 && s - k <= NAMED_REACH && paragraph - p.sentences[k].paragraph <= 1; k--) {
    const tokens = p.tokensOf(k);
    // `Pedri scored twice. "...," he said`: a lone capital acting as the sentence's subject may be the one meant (the
    // antecedent search stopped at it, loneSubjects.ts); a guess past it, at someone named before, is no better.
    if (opensWithLoneActor(tokens, registry, p.id, speaks) || invertsLoneCapital(tokens, registry, p.id)) return null;
    // `The President of the Republic spoke with President Kral. He reiterated`: a role with no name opening the
    // sentence is its subject, someone the text left unnamed, and likelier meant than the one acted on.
    if (opensWithUnnamedRole(tokens)) return null;
    // `A Shenzhen trader said buyers wanted discounts. "...," he said`: the unnamed one who spoke is meant (the antecedent
    // search stopped at them, unnamedSayers.ts); a guess past them, at someone named before, had given the trader's words away.
    if (opensWithUnnamedSayer(tokens, pastOpenings(tokens, entryStart(tokens, registry, p.id), registry, p.id))) return null;
    for (const person of peopleNamed(tokens, registry, p.id)) {
      // `The rise of Bannon gave Beck new impetus`: a person after `of` is what a noun is about, as an owner is.
      if (tokens[person.from - 1]?.lower === 'of') continue;
      // `MR LINDGREN: Luc Gagnon had doubts. He said to me, "…"`: the label opening the quote's own paragraph is the
      // turn's voice, who calls himself `I`; a pronoun inside his turn means someone else.
      if (p.sentences[k].paragraph === paragraph && tokens[person.to]?.text === ':' && tokens.slice(0, person.from).every(isWord)) continue;
      // `Mrs Peskar said` in a text about Ivo Peskar: one of his family, whom the text has not named; no guess past her.
      if (titledRelative(tokens.slice(Math.max(0, person.from - 1), person.to), person.record, p)) return null;
      // Someone of the other sex is passed over; someone whose sex nothing tells may be the one meant: no guess past them.
      const gender = registry.gender(person.record);
      if (gender === null) return null;
      if (gender !== want) continue;
      const start = tokens[person.from].start;
      // `Her daughter, Mia, had turned one`: the daughter or the `her`, a pronoun of their sex may mean either (ownedRelatives.ts).
      if (relativeOfOwnerSex(p, k, start, want)) return null;
      const end = tokens[person.to - 1].end;
      return { speaker: registry.toSpeaker(person.record), mention: { start, end, text: p.text.slice(start, end) } };
    }
  }
  return null;
}
