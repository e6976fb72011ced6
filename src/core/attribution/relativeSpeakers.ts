// A relative clause's verb of speech speaks for the name the clause follows: `Ana Ruiz, who said she would "…"`,
// `Ivo Kral - who previously said he would "…" -`, `Kral (who has said "…")`. The relative pronoun is the verb's
// subject, and it stands for the phrase right before the comma, dash or bracket that opens the clause.
import { BETWEEN_SUBJECT_AND_VERB, FUNCTION_WORDS } from '../text/newsLexicon';
import { RELATIVE_PRONOUNS, tokenAt, type Token } from '../text/sentenceTokens';
import { phraseBefore, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { isAdverb, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';
import { beforeTimePhrase, opensTimePhrase } from './timePhrases';
import { isPeoplePlural, isPersonNoun } from './phraseKinds';
import { conjuncts } from './conjunctPhrases';
import { perceivedSpeaker } from './clauseBoundaries';
import { withoutAlternative } from './alternativeSubjects';
import { inReducedClause } from './reducedClauses';
import { pastComparedName } from './comparedNames';
import { senderBeforeRecipient } from './sendersAndRecipients';
import { nameAfterNamed } from './namedDescriptions';
import { OWNER_PRONOUNS } from './describedConjuncts';
import { opensRestrictiveClause } from './restrictiveThatClauses';
export { inReducedClause } from './reducedClauses';
// The subject past an attribution set off inside it, read where the subject past a relative clause is.
export { subjectPastAside } from './attributionAsides';

/** What opens a relative clause set off from its antecedent. */
const CLAUSE_OPENING = new Set([',', '(', '-', '\u2013', '\u2014']);
/** Prepositions that tie a name to a person noun before it (`the wife of`, `a spokesman for`). */
const LINKING_PREPOSITIONS = new Set(['of', 'for', 'to']);
/** Words read over between `who` and its verb (`who previously said`, `who has since said`), at most. */
const BETWEEN_WORDS = 3;

/**
 * Where the pronoun that may open a relative clause ending in the verb at `v` stands: past a few adverbs (`who
 * previously said`) and a time phrase (`who on Monday described`, `who last week called`), which a reporter puts
 * between the pronoun and its verb as often as between a name and its verb; the clause is the same.
 */
function pronounBefore(tokens: readonly Token[], v: number): number {
  let k = v - 1;
  for (let n = 0; n < BETWEEN_WORDS && isWord(tokens[k]) && !tokens[k].cap && (isAdverb(tokens[k]) || BETWEEN_SUBJECT_AND_VERB.has(tokens[k].lower)); n++) k--;
  const time = beforeTimePhrase(tokens, k, 1);
  if (time === k) return k;
  k = time;
  for (let n = 0; n < BETWEEN_WORDS && isWord(tokens[k]) && !tokens[k].cap && isAdverb(tokens[k]); n++) k--;
  return k;
}

/** The name a `who` clause ending in the verb at `v` follows, when the verb's subject is that `who`; else null. */
export function relativeAntecedent(tokens: readonly Token[], v: number): Phrase | null {
  const k = pronounBefore(tokens, v);
  if (!isWord(tokens[k]) || tokens[k].lower !== 'who' || !CLAUSE_OPENING.has(tokens[k - 1]?.text ?? '')) return null;
  const described = nameBeforeDescription(tokens, k - 1);
  const before = described ?? phraseBefore(tokens, k - 1);
  // Only a name (`Ivo Kral`, `Sen. Kral`), never a description or a thing (`a woman, who said`): who it is must be
  // read, not guessed.
  if (!before || (!described && before.to !== k - 1)) return null;
  const antecedent = contrasted(tokens, before);
  if (!antecedent || !namesSomeone(tokens, antecedent)) return null;
  // `the wife of Ivo Kral, who said`, `a spokesman for Kral, who said`: the clause may speak of the person before the
  // name as well; which, the sentence does not say (`the mouth of Kral, who said` is Kral's: no person owns him).
  const preposition = tokens[antecedent.from - 1];
  const noun = tokens[antecedent.from - 2];
  if (isWord(preposition) && LINKING_PREPOSITIONS.has(preposition.lower) && isWord(noun) && isPersonNoun(noun.lower.replace(/s$/, ''))) return null;
  return antecedent;
}

/**
 * The subject of the verb at `v` when a relative pronoun after a noun is that subject (`a motion that would have
 * declared`, `Ana Kral, who declared`), which a verb joined to it by `and` shares, never the sentence's own: the name
 * the clause follows (relativeAntecedent), or null where it follows no name; undefined where no relative pronoun is.
 */
export function relativeSubjectOf(tokens: readonly Token[], v: number): Phrase | null | undefined {
  const k = pronounBefore(tokens, v);
  const pronoun = tokens[k];
  const before = tokens[k - 1];
  // `said that would have...`: after a verb, `that` opens what was said, no relative clause.
  const relative = isWord(pronoun) && !pronoun.cap && (pronoun.lower === 'that' || pronoun.lower === 'which' || pronoun.lower === 'who') && before !== undefined && !(isWord(before) && isVerbLike(before));
  return relative ? relativeAntecedent(tokens, v) : undefined;
}

/**
 * `It was Ana Kral, not Ivo Peskar, who said`: a name set off after `not` is the one the sentence denies the words
 * to; the clause follows the name before it. Returns that name, or the phrase itself where no `not` sets it off.
 */
function contrasted(tokens: readonly Token[], phrase: Phrase | null): Phrase | null {
  if (!phrase || tokens[phrase.from - 1]?.lower !== 'not' || tokens[phrase.from - 2]?.text !== ',') return phrase;
  const named = phraseBefore(tokens, phrase.from - 2);
  return named && named.to === phrase.from - 2 && namesSomeone(tokens, named) ? named : null;
}

/** The most words of a description set off after a name (`the emergency consultant on duty that night`). */
const DESCRIPTION_WORDS = 10;
/** A description with a clause of its own (`the nurse who treated him`) is read no further. */
/** Words that open a description set off after a name. */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their']);

/**
 * `The inquest heard from Dr Ana Kral, the consultant on duty that night, who said`: the clause follows the name, not
 * the description set off after it (which is the same person and no name to read). `comma`: the comma before `who`.
 */
function nameBeforeDescription(tokens: readonly Token[], comma: number): Phrase | null {
  let k = comma - 1;
  // Words only (`on duty that night` has a preposition the verb test takes for a particle), no relative of its own.
  // In lower case only: `Ana Kral, the wife of Ivo Peskar, who said` may speak of either.
  while (k > 0 && comma - k <= DESCRIPTION_WORDS && isWord(tokens[k]) && !tokens[k].cap && !RELATIVE_PRONOUNS.has(tokens[k].lower)) k--;
  if (tokens[k]?.text !== ',' || !DESCRIPTION_OPENERS.has(tokens[k + 1]?.lower ?? '')) return null;
  const name = phraseBefore(tokens, k);
  return name && name.to === k && namesSomeone(tokens, name) ? name : null;
}

/** Words a relative clause set off by no comma may hold between its pronoun and the phrase read before the verb. */
const RESTRICTIVE_CLAUSE_WORDS = 8;
/** Words that open a clause of their own between the pronoun and the phrase (`who backed which bill that Kral said`). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'what', 'whether', 'if', 'because', 'when', 'while', 'than', 'where']);

/**
 * `A lawyer who represents Ana Kral said`, `"…," the man who found the body said`, `a woman whose son knew Kral told`:
 * the phrase right before the verb is the object inside a relative clause no comma sets off, and the verb's subject
 * is the phrase the pronoun follows (the person named in the clause had been given the lawyer's words). Returns the
 * phrase to read as the subject: `phrase` itself where no such clause holds it (`whom one insider described`: `whom`
 * is the clause's object and the phrase its subject), the pronoun's antecedent (a name set off before a description:
 * `Geoff Garin, a pollster who works with X, said`), the name before a clause set off whose closing comma is missing,
 * or null where the pronoun has none to read.
 */
export function subjectPastRelativeClause(tokens: readonly Token[], given: Phrase | null, floor = 0): Phrase | null {
  const phrase = given && !inReducedClause(tokens, given) ? pastComparedName(tokens, given) : null; // `Kral, unlike Peskar, who …, said`
  // `... that Gov. Ana Kral said`: the phrase reader keeps `that` as a determiner; it opens a clause of its own.
  // `Renn, who heard Varga warn of "…"`: the object of a verb of perception is the subject of the verb after it; a
  // possessive (`one of the mayor's alleged "friends"`) is no verb's subject, and the word after it no verb.
  if (!phrase || CLAUSE_OPENERS.has(tokens[phrase.from].lower) || perceivedSpeaker(tokens, phrase.from) || tokens[phrase.to - 1].possessive) return phrase;
  // `A woman who gave her name as Olena said`: the name the clause gives is the subject's own.
  if (nameAfterNamed(tokens, phrase.from - 1, phrase.to)?.to === phrase.to) return phrase;
  for (let k = phrase.from - 1; k > floor && phrase.from - k <= RESTRICTIVE_CLAUSE_WORDS; k--) {
    const t = tokens[k];
    // `the run that killed Tom Berg told`: the name is the object of a clause `that` opens (restrictiveThatClauses.ts).
    if (k + 1 < phrase.from && opensRestrictiveClause(tokens, k) && namesSomeone(tokens, phrase) && tokens.slice(k + 1, phrase.from).every((w) => isWord(w) && !w.cap)) {
      const head = phraseBefore(tokens, k, floor);
      // `The guide on the run that killed …`: the run is where the guide was; the guide is the subject.
      return head && head.to === k ? subjectPastObject(tokens, head, floor) : null;
    }
    if (!isWord(t) || CLAUSE_OPENERS.has(t.lower)) return phrase;
    if (t.lower !== 'who' && t.lower !== 'whose') continue;
    if (k === phrase.from - 1) return phrase;
    // `Peskar, whose union Kral called "…"`: a name right after what `whose` owns is its clause's subject (not `whose
    // son worked for Kral said`).
    if (t.lower === 'whose' && phrase.from - k <= 3 && tokens.slice(k + 1, phrase.from).every((w) => isWord(w) && !w.cap && !isVerbLike(w) && !FUNCTION_WORDS.has(w.lower)) && tokens[phrase.from].cap && namesSomeone(tokens, phrase)) return phrase;
    // `Katie Packer, who is chairman of X said`: a clause set off whose closing comma is missing; only a name opens it.
    if (tokens[k - 1]?.text === ',') {
      const named = phraseBefore(tokens, k - 1, floor);
      return named && named.to === k - 1 && namesSomeone(tokens, named) ? named : null;
    }
    const head = isWord(tokens[k - 1]) ? phraseBefore(tokens, k, floor) : null;
    if (!head || head.to !== k) return null;
    const comma = head.from - 1;
    const name = tokens[comma]?.text === ',' && DESCRIPTION_OPENERS.has(tokens[head.from].lower) ? phraseBefore(tokens, comma, floor) : null;
    return name && name.to === comma && namesSomeone(tokens, name) ? name : head;
  }
  return phrase;
}

/** Prepositions whose object a clause of its own may follow, joined by `and` (subjectJoinedToObject). */
const THING_PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'from', 'in', 'on', 'at', 'about', 'into', 'over', 'against']);

/**
 * `Pike keeps the keys to the mill and the head of Milltech said`: a phrase that opens as a
 * thing's object (`keys to`) and goes on past `and` to words naming someone joins two clauses: the last conjunct is
 * the verb's subject, never the mill with it. After a noun for people (`an aide to Kral and Peskar`) the phrase
 * stays whole.
 */
function subjectJoinedToObject(tokens: readonly Token[], phrase: Phrase): Phrase | null {
  const preposition = tokenAt(tokens, phrase.from - 1);
  const noun = tokenAt(tokens, phrase.from - 2);
  if (!isWord(preposition) || !THING_PREPOSITIONS.has(preposition.lower) || !isWord(noun) || noun.cap || isPersonNoun(noun.lower) || isPeoplePlural(noun.lower) || isVerbLike(noun)) return null;
  const parts = conjuncts(tokens, phrase);
  const last = parts[parts.length - 1];
  const someone = (part: Phrase) => namesSomeone(tokens, part) || tokens.slice(part.from, part.to).some((t) => isWord(t) && (t.cap || isPersonNoun(t.lower)));
  return parts.length >= 2 && someone(last) ? last : null;
}

/** Prepositions whose object, right before a verb of speech, is never its subject (`an aide to Kral told`, `a report on Kral said`). */
const OBJECT_PREPOSITIONS = new Set(['on', 'against', 'about', 'into', 'onto', 'upon', 'under', 'among', 'amid', 'between', 'without', 'despite', 'via', 'to']);

/** Prepositions of a setting that may stand between a subject and its verb, and the owners of that setting. */
const SETTING_PREPOSITIONS = new Set(['in', 'during', 'at', 'throughout']);

/**
 * `An aide to Ana Kral told reporters`, `a letter to Kral said`, `the lawyer hired by Kral said`: the phrase before the
 * verb is the object of a preposition or a participle's agent inside the subject, which is the noun before it (Kral
 * had been given the aide's words). Only after a noun in lower case: `The Council on Foreign Relations` is a body's
 * name, `said on Thursday` a time, `Ambassador to the UN Ana Kral` a title (speakerPhrases). Returns the phrase to
 * read as the subject, or null where none stands before the preposition.
 */
export function subjectPastObject(tokens: readonly Token[], given: Phrase | null, floor = 0): Phrase | null {
  const phrase = withoutAlternative(tokens, given);
  if (!phrase) return phrase;
  const joined = subjectJoinedToObject(tokens, phrase);
  if (joined) return joined;
  // `An aide to both Ana Kral and Ivo Peskar told`: the preposition before `both` or `either`.
  const at = phrase.from - (/^(?:both|either)$/.test(tokenAt(tokens, phrase.from - 1)?.lower ?? '') ? 1 : 0);
  if (at - 2 < floor) return phrase;
  const preposition = tokens[at - 1];
  const noun = tokens[at - 2];
  // `Trump in his announcement speech called them "…"`: a setting of the subject's own (a possessive pronoun after
  // `in`) read over to the subject; the phrase reader had made the speech (`Trump's announcement speech`) the speaker.
  if (isWord(preposition) && SETTING_PREPOSITIONS.has(preposition.lower) && OWNER_PRONOUNS.has(tokens[phrase.from].lower)) {
    const subject = phraseBefore(tokens, at - 1, floor);
    if (subject && subject.to === at - 1 && namesSomeone(tokens, subject)) return subject;
  }
  if (!isWord(preposition) || !isWord(noun) || noun.cap || opensTimePhrase(tokens, at - 1)) return senderBeforeRecipient(tokens, at, floor) ?? phrase;
  const agent = preposition.lower === 'by' && isVerbLike(noun);
  // `spoke anonymously to discuss X said`: `to` after an adverb or a verb opens an infinitive, not an object.
  if (!agent && (!OBJECT_PREPOSITIONS.has(preposition.lower) || isVerbLike(noun) || isAdverb(noun) || STOP_WORDS.has(noun.lower))) return phrase;
  const head = phraseBefore(tokens, agent ? at - 2 : at - 1, floor);
  if (!head || head.to !== (agent ? at - 2 : at - 1)) return agent ? phrase : null;
  // `a statement issued by the ministry said`: a text a body issues speaks for the body (issuerOfText).
  return agent && !isPersonNoun(tokens[head.to - 1].lower) ? phrase : head;
}

/** The most tokens between a relative pronoun and a quote inside its clause (`, who lost his seat over "…"`). */
const ASIDE_TOKENS = 8;

/**
 * `Unlike Sava, who lost his seat over "the affair", Kowalczyk said …`: a quote inside a relative clause set off by a
 * comma is the clause's, never words of the attribution after the clause, whose verb has a subject of its own.
 */
export function inRelativeAside(tokens: readonly Token[], qi: number): boolean {
  for (let k = qi - 1; k >= 1 && qi - k <= ASIDE_TOKENS; k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (RELATIVE_PRONOUNS.has(t.lower)) return tokens[k - 1].text === ',';
  }
  return false;
}
