// `The Ministry of Defence said ... "...," the ministry said`: a body named once and then called by its kind. The
// kind must be in the name the text gave (or be the word news uses for it: a police service is `the force`), so that
// `the company` is never the last organisation named whatever it was (a regulator, a rival, a union).
import { DETERMINERS } from '../text/newsLexicon';
import { normalizeWord } from '../text/normalizeText';
import { tokenAt, type Token } from '../text/sentenceTokens';
import { sexOfGivenName } from './givenNameSexes';
import { isSpeechVerbAt, isWord, STOP_WORDS } from './tokenClasses';
import { refersToItself } from './selfReferringBodies';

/** Nouns for a body that `the` makes a reference back to one the text named. */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'council', 'agency', 'force', 'police', 'party', 'union', 'commission', 'committee',
  'company', 'firm', 'group', 'government', 'bank', 'court', 'university', 'campaign', 'club', 'foundation',
  'association', 'institute', 'office', 'authority', 'board', 'palace', 'army', 'league', 'federation', 'embassy',
  'service', 'charity', 'trust', 'society', 'hospital', 'school', 'college', 'network', 'channel', 'newspaper', 'magazine',
]);

/** What a body's name holds for the kind news calls it by, where that is another word. */
const NAMED_AS: ReadonlyMap<string, readonly string[]> = new Map([
  ['force', ['police', 'constabulary', 'force']],
  ['firm', ['firm', 'company', 'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation']],
  ['company', ['company', 'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation']],
]);

/** Whether `the <noun>` reads as a reference back to a body. */
export const isBodyNoun = (noun: string): boolean => BODY_NOUNS.has(noun);

/** The organisation `found` (last named before), when a text can call it `the <noun>`; else null. */
export function bodyCalled<T extends { speaker: { name: string } }>(found: T | null, noun: string): T | null {
  return found && callsBody(found.speaker.name, noun) ? found : null;
}

/** Whether a body named `name` is one a text can call `the <noun>` (`the ministry` for `Ministry of Defence`). */
function callsBody(name: string, noun: string): boolean {
  const words = name.split(/[\s-]+/).map(normalizeWord);
  return (NAMED_AS.get(noun) ?? [noun]).some((w) => words.includes(w));
}

/** Nouns for a firm, besides BODY_NOUNS, that set a name after them apart as the firm's (`the developer, Harrowgate Living,`). */
const FIRM_NOUNS: ReadonlySet<string> = new Set([
  'developer', 'retailer', 'airline', 'carmaker', 'automaker', 'manufacturer', 'insurer', 'lender', 'utility',
  'operator', 'broadcaster', 'publisher', 'carrier', 'conglomerate', 'startup', 'regulator', 'watchdog',
]);
/** The most lower-case words between the article and the kind (`Ukraine's state nuclear company Energoatom`). */
const KIND_MODIFIERS = 3;

/**
 * `the charity Warm Homes said`, `the firm Kestrel said`, `Ukraine's state nuclear company Energoatom said`: a body's
 * kind in lower case, after an article (and a few words describing it), right before the capitalised words [from, to)
 * says they are that body's name, never a person's (`Warm Homes` had been someone). So does the kind opening a clause
 * with the name set off after it (`The developer, Harrowgate Living, said`). Not a name that opens with a given name,
 * nor one a verb other than of speech follows: `the company Ana Kral founded` is hers.
 */
export function namedAfterBodyKind(tokens: readonly Token[], from: number, to: number): boolean {
  if (refersToItself(tokens, from, to)) return true; // `Eskom said that its plants ...` (selfReferringBodies.ts)
  const setOff = tokenAt(tokens, from - 1)?.text === ',' && tokens[to]?.text === ',';
  const at = setOff ? from - 2 : from - 1;
  const kind = tokenAt(tokens, at);
  if (!isWord(kind) || kind.cap || !(BODY_NOUNS.has(kind.lower) || FIRM_NOUNS.has(kind.lower))) return false;
  let a = at - 1;
  // `the Telegram channel Grey Zone`, `the Kalmyrian agency Interpress`: a capitalised word right after the article
  // says where or whose the body is, as a lower-case one does.
  while (a >= at - KIND_MODIFIERS && (isModifier(tokens[a]) || (isWord(tokens[a]) && tokens[a].cap && !tokens[a].possessive && /^(?:the|a|an)$/.test(tokens[a - 1]?.lower ?? '')))) a--;
  const article = tokens[a];
  if (!isWord(article) || !(article.lower === 'the' || article.lower === 'a' || article.possessive)) return false;
  // `the head of the firm, Ivo Kral, said`: a kind set off after `of` is what a role is of; the name is the role's.
  if (setOff && a > 0 && !(tokens[a - 1].kind === 'punct' || isSpeechVerbAt(tokens, a - 1))) return false;
  const next = tokens[to];
  // A given name first may be a person's after a firm's noun that is also someone's trade (`the publisher Ana Kral`),
  // never right after a body's (`the Telegram channel Grey Zone`).
  const bodyRightBefore = !setOff && BODY_NOUNS.has(kind.lower);
  return (bodyRightBefore || sexOfGivenName(normalizeWord(tokens[from].text)) === null) && !(isWord(next) && !next.cap && !isSpeechVerbAt(tokens, to));
}

/** A lower-case word describing a kind (`state`, `nuclear`, `property`), never an article or a stop word. */
function isModifier(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && !t.possessive && !STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower);
}
