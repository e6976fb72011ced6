// A phrase of several people (`Burton and Nick`, `Sens. Ana Kral and Ivo Peskar`), taken apart into each one's phrase.
import { ROLE_WORDS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { type Phrase } from './speakerPhrases';
import { readNamePhrase } from './namePhrases';
import { isPersonNoun } from './phraseKinds';
import { isFirmAmpersand, isRoleWord, isWord } from './tokenClasses';

/**
 * `a spokesperson for the Centre for Disease Prevention and Control`, `the Minister of Trade and Industry`: an `and`
 * before the phrase's last word, a capital, inside capitals that run back to a body's `for` or `of` after a capital,
 * joins the words of one body's name; split there, the last word was read as a person (`Control`) who outranked the
 * spokesperson. A name after a title's `of` (`Secretary of State Ana Kral and Peskar`) or two words after the `and`
 * are people: split as before.
 */
function closesBodyName(tokens: readonly Token[], phrase: Phrase, and: number): boolean {
  if (and + 2 !== phrase.to || !tokens[and + 1].cap) return false;
  let k = and - 1;
  while (k > phrase.from && isWord(tokens[k]) && tokens[k].cap) k--;
  const link = tokens[k];
  const body = tokens[k - 1];
  if (!(k < and - 1 && isWord(link) && (link.lower === 'for' || link.lower === 'of') && isWord(body) && body.cap)) return false;
  // `the Minister of Trade and Industry`: a title's portfolio, when no name follows it before the `and`.
  return !isRoleWord(body) || readNamePhrase(tokens, { from: phrase.from, to: and }).name.length === 0;
}

/**
 * `Secretary of State for Health and Social Care Ana Kral`: an `and` at `i` inside a title's portfolio (after a
 * capitalised title's `of` or `for`, not `a lawyer for`; no name read before it) joins no two speakers.
 */
function inPortfolio(tokens: readonly Token[], phrase: Phrase, i: number): boolean {
  let titled = false;
  for (let k = phrase.from + 1; k < i && !titled; k++) titled = (tokens[k].lower === 'of' || tokens[k].lower === 'for') && tokens[k - 1].cap && ROLE_WORDS.has(tokens[k - 1].lower);
  return titled && isWord(tokens[i - 1]) && tokens[i - 1].cap && readNamePhrase(tokens, { from: phrase.from, to: i }).name.length === 0;
}

/** The phrase split at `and`: `Burton and Nick` -> [Burton] [Nick]; `Putin and his lieutenants` -> [Putin] [his lieutenants]. */
export function conjuncts(tokens: readonly Token[], phrase: Phrase): Phrase[] {
  const parts: Phrase[] = [];
  let from = phrase.from;
  for (let i = phrase.from; i < phrase.to; i++) {
    const t = tokens[i];
    // `Hollis & Brandt`: a firm's ampersand between capitals joins no two speakers.
    if ((t.lower === 'and' || t.lower === '&') && !closesBodyName(tokens, phrase, i) && !isFirmAmpersand(tokens, i) && !inPortfolio(tokens, phrase, i)) {
      if (i > from) parts.push({ from, to: i });
      from = i + 1;
    }
  }
  if (phrase.to > from) parts.push({ from, to: phrase.to });
  // `Ana Kral, the mayor, and Ivo Peskar`: a part's appositive after its comma describes it; the name is the part.
  return parts.map((part) => {
    for (let k = part.from + 1; k < part.to; k++) if (tokens[k].text === ',') return { from: part.from, to: k };
    return part;
  });
}

/**
 * `the Florida senator and Republican presidential candidate`: roles joined under one determiner, the later ones
 * with neither a determiner nor a name, describe one person (`the mayor and the governor` are two); so does a noun
 * whose object or owner the `and` runs through (`a lawyer for Kral and Peskar`, `Kral and Peskar's lawyer`).
 */
export function sameOneDescribed(tokens: readonly Token[], parts: Phrase[]): Phrase[] {
  if (parts.length === 2 && objectGoesOn(tokens, parts[0], parts[1])) return [parts[0]];
  if (parts.length === 2 && ownedByBoth(tokens, parts[0], parts[1])) return [parts[1]];
  if (parts.length < 2 || tokens[parts[0].from].lower !== 'the') return parts;
  const roles = parts.slice(1).every((part) => {
    const np = readNamePhrase(tokens, part);
    const head = tokens[part.to - 1];
    return np.name.length === 0 && !np.determiner && !np.isOrganisation && isWord(head) && isPersonNoun(head.lower);
  });
  return roles ? [parts[0]] : parts;
}

/** Prepositions that tie a name to the person noun before it (`a lawyer for`, `an aide to`, `the wife of`). */
const OBJECT_LINKS = new Set(['for', 'to', 'of']);

/**
 * `A lawyer for Ana Kral and Ivo Peskar said`: after a person noun's `for`, `to` or `of` and a name, an `and` and a
 * bare name go on with the preposition's object; the speaker is the person the noun describes, not Peskar (who, as the
 * one name, had been given the lawyer's words).
 */
function objectGoesOn(tokens: readonly Token[], first: Phrase, second: Phrase): boolean {
  if (!tokens.slice(second.from, second.to).every((t) => t.cap && !t.possessive)) return false;
  let k = first.to - 1;
  while (k > first.from && tokens[k].cap) k--;
  const noun = tokens[k - 1];
  return k < first.to - 1 && OBJECT_LINKS.has(tokens[k].lower) && isWord(noun) && !noun.cap && isPersonNoun(noun.lower.replace(/s$/, ''));
}

/**
 * `Ana Kral and Ivo Peskar's lawyer said`: a possessive after two bare names may be both names' (their lawyer) or the
 * last one's; either way the speaker is the person owned, never Kral alone.
 */
function ownedByBoth(tokens: readonly Token[], first: Phrase, second: Phrase): boolean {
  if (!tokens.slice(first.from, first.to).every((t) => t.cap && !t.possessive)) return false;
  const owner = tokens.slice(second.from, second.to).findIndex((t) => t.possessive && t.cap);
  const owned = tokens.slice(second.from + owner + 1, second.to);
  return owner > 0 && tokens.slice(second.from, second.from + owner).every((t) => t.cap) && owned.length > 0 && owned.every((t) => !t.cap);
}
