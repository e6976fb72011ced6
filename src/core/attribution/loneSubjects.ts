// `"...," Kral said. Berg rejected the offer. "...," he said.`: a sentence whose subject is a lone capitalised word the
// text never shows to be a person (no given name, title, role, alias or speech verb of its own). `Berg` may be the
// person a later pronoun means, `Harbor` no person at all; the text cannot tell which, so a pronoun's antecedent
// search stops at it with no one rather than reach past it to an earlier speaker (see SpeakerResolver.antecedent).
// So does a description ending in the surname of people the text names (`The elder Kral said he had not spoken to
// his daughter. "…," he said`): one of that family, which one the text does not say, and never an earlier speaker.
import { FUNCTION_WORDS, ROLE_WORDS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import type { SpeakerRecord, SpeakerRegistry } from './speakerRegistry';
import { actsAsVerb, isPronoun, isSpeechVerbAt } from './tokenClasses';
import { invertedSubject } from './invertedSubjects';
import { afterShortAside } from './asidesBeforeVerbs';
import { sexOfTitle } from './titleSexes';
import { sexOfGivenName } from './givenNameSexes';

/**
 * Whether the subject ending at `subjectEnd` (an offset) in `tokens`, read as `record`, is a lone capital acting as
 * the subject (the caller knows it never speaks in the text): its verb right after it (`Berg rejected`, `Harbor
 * agrees`), and no pronoun attributing the sentence to someone (`Things have changed, she says`: the subject of
 * reported words, whose speaker lies further back).
 */
/** The most tokens of a `, who ...,` clause read over between a subject and its verb. */
const CLAUSE_TOKENS = 25;

/** The token after the `, who ... ,` clause opening at the comma `at`, or `at` when none opens there. */
function afterRelativeClause(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== ',' || !['who', 'whose'].includes(tokens[at + 1]?.lower ?? '')) return at;
  for (let k = at + 2; k < tokens.length && k - at <= CLAUSE_TOKENS; k++) {
    if (tokens[k].text === ',') return k + 1;
    if (tokens[k].kind === 'quote') return at;
  }
  return at;
}

export function isLoneActor(tokens: readonly Token[], subjectEnd: number, record: SpeakerRecord): boolean {
  if (record.kind !== 'person' || record.first !== null || record.roles.size > 0 || record.aliases.size > 0) return false;
  let at = tokens.findIndex((t) => t.start >= subjectEnd);
  // `Harbor, 1898, agreed`: a number set off by commas (an age, a year) stands between a subject and its verb.
  if (tokens[at]?.text === ',' && /^\d+$/.test(tokens[at + 1]?.text ?? '') && tokens[at + 2]?.text === ',') at += 3;
  // `Joselu, who came off the bench, could hardly believe it`: a clause about the subject set off before its verb.
  else at = afterRelativeClause(tokens, at);
  // `Berg, visibly tired, rejected the offer`: a short aside on how or where, read over to the verb (asidesBeforeVerbs.ts).
  if (at >= 0 && !actsAsVerb(tokens[at])) at = afterShortAside(tokens, at);
  const verb = at >= 0 ? tokens[at] : undefined;
  // `There at the back stood Ruiz, a mechanic.`: the subject an inverted sentence puts after its verb acts too.
  const inverted = invertedSubject(tokens);
  if (!actsAsVerb(verb) && !(inverted && tokens[inverted.to - 1].end === subjectEnd)) return false;
  return !tokens.some((t, i) => isPronoun(t) && isSpeechVerbAt(tokens, i + 1));
}

/**
 * Whether a description's words (`mention`, as written) end in a surname (`the elder Kral`, `the younger Peskar`): a
 * capitalised word after `the` and lower-case ones that is no title (`the Prime Minister`) and is the surname of a
 * person the text `article` names (not `the collective West`, which no one is called).
 */
export function endsInSurname(mention: string, registry: SpeakerRegistry, article: string | null): boolean {
  const words = mention.trim().split(/\s+/);
  const last = words[words.length - 1];
  // `Mrs Pike` where the text names Andrew Pike: a courtesy title of the other sex (see titledRelative).
  if (words.length === 2 && COURTESY.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(last)) return registry.lookupName([last], article)?.kind === 'person';
  if (words.length < 3 || words[0].toLowerCase() !== 'the' || !/^\p{Lu}\p{Ll}/u.test(last)) return false;
  // Words that only describe the person (`elder`, `younger`, `late`), never a phrase of its own (`the son of Kral`).
  if (!words.slice(1, -1).every((w) => /^\p{Ll}+$/u.test(w) && !FUNCTION_WORDS.has(w))) return false;
  if (ROLE_WORDS.has(last.toLowerCase())) return false;
  const known = registry.lookupName([last], article);
  return known?.kind === 'person' && (article === null || known.articles.has(article));
}

/**
 * Whether a description's words name an office of a body or country and no one in it (`The representative of China`,
 * `the delegate of the Holy See`), as a body's record of its meeting calls its speakers: someone the text leaves
 * unnamed, whose sex it may not tell, and so the likelier one a `he` after them means than anyone named before.
 */
export function isUnnamedOfficeOf(mention: string): boolean {
  const words = mention.trim().split(/\s+/);
  if (words.length < 4 || words[0].toLowerCase() !== 'the' || !ROLE_WORDS.has(words[1].toLowerCase()) || words[2] !== 'of') return false;
  return words.slice(3).every((w, i) => /^\p{Lu}/u.test(w) || (i === 0 && w === 'the'));
}

/** Courtesy titles, as a description's first word is written (`Mrs`, `Mr.`). */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss)\.?$/;

/**
 * Whether a courtesy title gives the name after it the other sex than the given name of the person the registry
 * found for it, whom the same source names (`Mrs Pike` in a text about Andrew Pike): his wife, mother or daughter,
 * whom the text has not named in full, never him. The caller reads it as a description of one of that family
 * (endsInSurname). Not where the text styles a woman by her husband's whole name (`Mrs. Robert L. Ainsworth`, as
 * older copy writes): she is that record. A draft's `Mr. Baerbock` (no id: no source) is a slip for the one the
 * sources know, and stays hers.
 */
export function titledRelative(title: readonly Token[], record: SpeakerRecord | null, text: { readonly id: string | null; readonly text: string }): boolean {
  if (record?.kind !== 'person' || record.first === null || text.id === null || !record.articles.has(text.id)) return false;
  const titled = sexOfTitle(title);
  const given = sexOfGivenName(record.first);
  return titled !== null && given !== null && titled !== given && !styledGivenNames(text).has(`${titled} ${record.first.split(/[ .]/)[0].toLowerCase()}`);
}

/** A courtesy title and the capital after it (`Mrs. Robert`), as a text writes them. */
const TITLED_CAPITAL = /\b(Mrs|Ms|Miss|Mr)\.?[ \t]+(\p{Lu}[\p{L}'\u2019-]*)/gu;
const styledMemo = new WeakMap<object, Set<string>>();

/** The sex a courtesy title gives and the capital after it (`female robert`), for each in the text: read once a text. */
function styledGivenNames(text: { readonly text: string }): Set<string> {
  let found = styledMemo.get(text);
  if (found) return found;
  found = new Set();
  for (const m of text.text.matchAll(TITLED_CAPITAL)) found.add(`${m[1] === 'Mr' ? 'male' : 'female'} ${m[2].toLowerCase()}`);
  styledMemo.set(text, found);
  return found;
}
