// `The Mayor of Wrexham, Councillor Ffion ap Dafydd, ...`, `The Minister of Health, Prof. Ade Okonjo, has said`: an
// office written in capitals after `the`, then the name of whoever holds it set off by commas, the way British,
// Irish, Indian and Nigerian papers introduce an office-holder. The office is learnt for the name, so that a later
// `the mayor said` finds them (it had been a description).
import { DETERMINERS, NAME_PARTICLES, ROLE_HEADS, ROLE_WORDS } from '../text/newsLexicon';
import { PERSON_NOUNS } from '../text/personNouns';
import type { Token } from '../text/sentenceTokens';
import { readNamePhrase } from './namePhrases';
import { isNameWord, isVerbLike, isWord, STOP_WORDS } from './tokenClasses';

/** The most words of an office after its head (`of Health and Social Welfare`). */
const OFFICE_WORDS = 7;
/** The most words of a name with its titles (`Prof. Muhammad Ali Pate`). */
const NAME_TOKENS = 6;

/** Small words inside an office's capitals (`Minister of State for Health`). */
const OFFICE_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the']);

/** A name and the office set off before it. */
export interface OfficeHolder {
  readonly words: readonly string[];
  readonly office: readonly string[];
}

/** The office-holders a sentence's tokens introduce this way. */
export function officesBeforeNames(tokens: readonly Token[]): OfficeHolder[] {
  const found: OfficeHolder[] = [];
  for (let i = 1; i + 4 < tokens.length; i++) {
    const head = tokens[i];
    // `the Mayor of`, `The Minister for`: `the`, then a capitalised head of an office with what it is of.
    if (!head.cap || !ROLE_HEADS.has(head.lower) || tokens[i - 1].lower !== 'the') continue;
    if (tokens[i + 1].lower !== 'of' && tokens[i + 1].lower !== 'for') continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= OFFICE_WORDS && isWord(tokens[k]) && (tokens[k].cap || OFFICE_LINKS.has(tokens[k].lower))) k++;
    if (tokens[k]?.text !== ',' || !tokens[k - 1].cap) continue;
    const from = k + 1;
    let close = from;
    while (close < tokens.length && close - from < NAME_TOKENS && tokens[close].text !== ',') close++;
    if (tokens[close]?.text !== ',' || close === from || !tokens.slice(from, close).every((t) => isNameWord(t) || (isWord(t) && NAME_PARTICLES.has(t.lower)))) continue;
    const phrase = readNamePhrase(tokens, { from, to: close });
    if (phrase.isOrganisation || phrase.name.length < 2) continue;
    found.push({ words: phrase.name.map((t) => t.text), office: tokens.slice(i, k).map((t) => t.text) });
    i = close;
  }
  return found;
}

/** The most role words a lower-case title before a name holds (`deputy chief executive officer`). */
const TITLE_WORDS = 4;

/**
 * Where a lower-case title whose head stands at `head` right before a name starts: `the firm hired chief executive
 * officer Ana Kral` gives her the role `chief executive officer`, so that `the chief executive said` finds her (it had
 * been `officer` alone). The role words before the head, the sentence's first capitalised too (`Deputy mayor Ana Kral`).
 */
export function titleStart(tokens: readonly Token[], head: number, firstWord: number): number {
  let from = head;
  while (from > 0 && head - from < TITLE_WORDS - 1 && isWord(tokens[from - 1]) && ROLE_WORDS.has(tokens[from - 1].lower) && (!tokens[from - 1].cap || from - 1 === firstWord) && !tokens[from - 1].possessive) from--;
  // `Real Montaña's sporting director Ana Kral`, `the firm's managing director Ivo Peskar`: after an owner's
  // possessive, the lower-case word before the role is the office's own (a `sporting director` is no other director),
  // not a word about the holder; without it a later `the sporting director` had no one.
  const modifier = tokens[from - 1];
  if (!(from === head && from > 1 && isWord(modifier) && !modifier.cap && tokens[from - 2].possessive && isOfficeModifier(modifier))) return from;
  // The owner is the office's too (`montaña sporting director`), as it is of a role set off (rolesBeforeNames.ts): a
  // draft's `Montaña's sporting director` then finds the one the sources give it, and no other club's.
  from -= 2;
  while (from > 0 && head - from < TITLE_WORDS + 1 && isWord(tokens[from - 1]) && tokens[from - 1].cap && !tokens[from - 1].possessive && from - 1 !== firstWord && !DETERMINERS.has(tokens[from - 1].lower)) from--;
  return from;
}

/** Words before a role that say something of its holder or the time, not which office it is (`new`, `embattled`). */
export const HOLDER_WORDS: ReadonlySet<string> = new Set(['new', 'former', 'then', 'longtime', 'long-serving', 'outgoing', 'incoming', 'acting', 'interim', 'embattled', 'beleaguered', 'veteran', 'current', 'late', 'own', 'newly', 'recently']);

/** Whether the lower-case word `t` before a role may be a word of the office (`sporting`, `managing`, `branch`). */
export function isOfficeModifier(t: Token): boolean {
  return /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !HOLDER_WORDS.has(t.lower) && !STOP_WORDS.has(t.lower) && !isVerbLike(t) && !PERSON_NOUNS.has(t.lower);
}
