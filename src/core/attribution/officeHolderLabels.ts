// Official transcripts head a speaker's first turn with the office, what it is of, and the name
// (`President of Russia Vladimir Putin:`, `Governor of Kherson Region Vladimir Saldo:`, `Head of the Donetsk
// People's Republic Denis Pushilin:`), and the later turns with the name alone (`Vladimir Putin:`). Read as an office
// and nothing else, the first label had been a role no later label matched, and the whole record no transcript.
import { ROLE_HEADS, ROLE_WORDS } from '../text/newsLexicon';
import { normalizeWord } from '../text/normalizeText';
import { sexOfGivenName } from './givenNameSexes';
import { nonPersonKind } from './groupNames';
import { nameCase } from './hearingLabels';
import type { TextSpan } from '../types';
import { STOP_WORDS } from './tokenClasses';

/**
 * The name that may end an office's label, as a name is written, or null: a candidate only (see officeHoldersShown). `head` is the label's words, `portfolio` the
 * index of the last `of` or `for` in them. What the office is of must keep at least one word of its own before the
 * name (`for Transport` names no one), and the name is the last two capitalised words, neither of them a role's,
 * a small word's or a place's or body's (`Secretary of State for Health and Social Care` names no one: `and` joins
 * two portfolios).
 */
export function holderAfterOffice(head: readonly string[], portfolio: number, caps: boolean): string[] | null {
  const after = head.slice(portfolio + 1).filter((w, i) => i > 0 || w.toLowerCase() !== 'the');
  if (after.length < 3) return null;
  const name = after.slice(-2);
  const before = after[after.length - 3].toLowerCase();
  const lower = name.map((w) => w.toLowerCase().replace(/[.\u2019']+$/, ''));
  if (STOP_WORDS.has(before) || before === 'of' || before === 'for') return null;
  if (name.some((w) => !/^\p{Lu}[\p{L}\p{M}'\u2019-]+$/u.test(w) || /['\u2019]s$/u.test(w))) return null;
  if (lower.some((w) => STOP_WORDS.has(w) || ROLE_WORDS.has(w) || ROLE_HEADS.has(w))) return null;
  const words = caps ? name.map(nameCase) : name;
  return nonPersonKind(words, true) === null ? words : null;
}

/** What officeHoldersShown reads of a transcript's label. */
interface ReadLabel {
  readonly label: TextSpan;
  readonly speaker: { readonly kind: string };
  readonly key: string | null;
  /** The name an office's label may end in (holderAfterOffice). */
  readonly holder?: readonly string[];
}

/**
 * Whether a record heads its speakers with office and name: the name ending one office's label shows itself a name,
 * as another label's surname (the record heads the later turns with the name alone: `Vladimir Putin:`), as words the
 * text writes elsewhere, or by a given name. Then every office label's last two words are its holder's name (`Head of
 * the Northern Republic Dana Kolar:`, who speaks once); else none is (`Minister for Rural Affairs Policy`).
 */
export function officeHoldersShown(text: string, labels: readonly ReadLabel[]): boolean {
  const offices = labels.filter((l) => l.holder);
  if (!offices.length) return false;
  const labelledSurnames = new Set(labels.flatMap((l) => (l.speaker.kind === 'name' && l.key ? [l.key] : [])));
  return offices.some(({ holder, label }) => {
    const name = holder!.join(' ');
    let elsewhere = false;
    for (let at = text.indexOf(name); at >= 0 && !elsewhere; at = text.indexOf(name, at + 1)) elsewhere = at < label.start || at >= label.end;
    return labelledSurnames.has(holder![1].toLowerCase()) || elsewhere || sexOfGivenName(normalizeWord(holder![0])) !== null;
  });
}
