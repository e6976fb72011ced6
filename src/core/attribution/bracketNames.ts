// The person a transcript label's bracket names: `ANCHOR (Efua Sarpong):`, and as ministries and press offices
// write their records, the name then who the person is (`Moderator (Ksenia Paul, Director of the Information
// Department):`, `Question (Ivo Dorn, Daily Harbor):`). The words after the comma are a role or an outlet, never the
// name. A bracket as often names an outlet alone (`Q (Harbor Wire):`) or a seat (`(North Vale)`), and a wrong asker
// costs more than none: a name with a body's or a paper's word is no one's.
import { ORGANISATION_WORDS } from '../text/newsLexicon';
import { normalizeWord } from '../text/normalizeText';
import { nonPersonKind } from './groupNames';
import { sexOfGivenName } from './givenNameSexes';

/** Words of papers' and broadcasters' names that the organisation words leave out (`Harbor Wire`, `Orava Today`). */
const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'wire', 'today', 'tonight', 'evening', 'morning', 'weekly', 'broadcasting', 'broadcast', 'television', 'review',
  'observer', 'monitor', 'ledger', 'online', 'report', 'reports', 'newsroom', 'agence', 'presse',
]);

/**
 * The words of the name a bracket's inner text opens with, or null when it opens with no person's name. `asker`: a
 * question's bracket, which as often names an outlet and its country (`(Deutsche Welle, Germany)`, `(Al Jazeera,
 * Qatar)`): only a given name the name tables know (of three letters or more: `Al`), then who they are after a comma.
 */
export function bracketedName(inner: string | undefined, asker = false): string[] | null {
  if (inner === undefined || (asker && !/,\s*\S/.test(inner))) return null;
  const named = inner.split(',')[0].trim().split(/\s+/);
  if (asker && (named[0].length < 3 || sexOfGivenName(normalizeWord(named[0])) === null)) return null;
  return namesAPerson(named) ? named : null;
}

/** Whether two to four capitalised words are a person's name: none a body's or a paper's word (`Harbor Wire`). */
export function namesAPerson(named: readonly string[]): boolean {
  if (named.length < 2 || named.length > 4 || !named.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  const bodyWord = named.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || OUTLET_WORDS.has(w.toLowerCase()));
  return !bodyWord && nonPersonKind(named, false) === null;
}
