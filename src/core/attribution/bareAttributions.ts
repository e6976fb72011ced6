// `"Would it open in May?" Kral pressed.`, `"...," remembered Ana Kral, a former chief.`: words after a quote that are
// nothing but a name and a verb in the past (or a feature's present: `she remembers`), to the sentence's end, can only say who spoke, whatever the verb. The
// lexicon of speech verbs cannot list every verb a writer uses there (`pressed`, `remembered`, `started`); this shape,
// with no object, no clause and no time or place after the verb, needs none. Anything more (`Kral pressed the board`,
// `Kral left on Monday`) is a sentence of its own and reads as nothing here.
import { DETERMINERS, SPEECH_VERBS } from '../text/newsLexicon';
import type { Token } from '../text/sentenceTokens';
import { phraseAfter, type Phrase } from './speakerPhrases';
import { namesSomeone } from './namePhrases';
import { skipAppositive } from './appositives';
import { isPronoun, isVerbLike, isWord } from './tokenClasses';
import { ARRIVING_VERBS, OWNED_TEXTS } from './colonIntroductions';

/** How many words an appositive closing the sentence may have. */
const APPOSITIVE_WORDS = 8;
/** Words that open a clause of their own, which is no appositive. */
const CLAUSE_WORDS = new Set(['who', 'which', 'that', 'whose', 'when', 'where', 'while', 'and', 'but', 'because', 'after', 'before']);

/** Words after the verb that still leave it bare: `pressed again`, `shot back`, `went on`. */
const PARTICLES = new Set(['again', 'back', 'on', 'in', 'up', 'out', 'further', 'too', 'then', 'later']);

/** A verb that a writer puts after a quote: one in -ed (`pressed`, `remembered`) or of speech (`said`), not `has`, `also`, `did`. */
function pastVerb(t: Token | undefined): boolean {
  if (!isWord(t) || t.cap || !isVerbLike(t)) return false;
  return /^[a-z]{3,}ed$/.test(t.lower) || (SPEECH_VERBS.has(t.lower) && !/ing$/.test(t.lower));
}

/** Auxiliaries in -s, which end no attribution (`"...," she does.`). */
const AUXILIARIES = new Set(['does', 'has', 'is', 'was']);

/**
 * `"...," she remembers.`, `"...," Okafor laughs.`: a feature's present tense after the name, a verb in -s (no noun in
 * the plural follows a name or a pronoun to the sentence's end).
 */
function presentVerb(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && /^[a-z]{3,}[^s']s$/.test(t.lower) && !AUXILIARIES.has(t.lower);
}

/** Whether `k` is the sentence's closing full stop, exclamation or question mark. */
function closes(tokens: readonly Token[], k: number): boolean {
  return k === tokens.length - 1 && tokens[k].kind === 'punct' && /^[.!?]$/.test(tokens[k].text);
}

/** `read from`, `reads aloud`, `read out`: a person's verb of reading out words at `v`. */
function readsOut(tokens: readonly Token[], v: number): boolean {
  const next = tokens[v + 1];
  return isWord(tokens[v]) && /^reads?$/.test(tokens[v].lower) && isWord(next) && /^(?:from|aloud|out)$/.test(next.lower);
}

/** `Kral pressed.`, `Ana Kral pressed again.`, `she pressed.`: the name (or pronoun) of a bare `name verb` from `from` to the sentence's end. */
export function nameThenVerb(tokens: readonly Token[], from: number): Phrase | null {
  const phrase = phraseAfter(tokens, from, true);
  if (!phrase || phrase.from !== from) return null;
  const pronoun = phrase.to - phrase.from === 1 && isPronoun(tokens[from]);
  // `"…," Kral read from his notes.`: someone named reading out from a paper or notes voices the words.
  // The phrase reader takes a `read` it does not know for a verb into the name (`Varga read`).
  const reader = !pronoun && tokens[from].cap ? [{ from, to: phrase.to - 1 }, phrase].find((p) => p.to > from && readsOut(tokens, p.to) && namesSomeone(tokens, p)) : undefined;
  if (reader) return reader;
  // `"…," Ana Kral's statement read.`: a text of speech reads out its words (ownedTextSpeakers.ts gives its owner);
  // the phrase reader takes the `read` into the phrase.
  if (!pronoun && tokens[from].cap && phrase.to - from >= 3 && /^reads?$/.test(tokens[phrase.to - 1].lower) && OWNED_TEXTS.has(tokens[phrase.to - 2].lower) && tokens[phrase.to - 3].possessive && closes(tokens, phrase.to)) return { from, to: phrase.to - 1 };
  if (!pronoun && (!tokens[from].cap || !namesSomeone(tokens, phrase))) return null;
  if (!pastVerb(tokens[phrase.to]) && !presentVerb(tokens[phrase.to])) return null;
  let k = phrase.to + 1;
  while (k < tokens.length && k <= phrase.to + 2 && isWord(tokens[k]) && !tokens[k].cap && PARTICLES.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)) k++;
  return closes(tokens, k) || closes(tokens, pastAddressee(tokens, k)) ? phrase : null;
}

/** The most words of an addressee after `to` or `at` (`to her shaken crew`). */
const ADDRESSEE_WORDS = 4;

/**
 * `"Thank you," Kral mouthed to the crowd.`, `"Out!" Peskar yelled at the referee.`: whom the words were aimed at,
 * after `to` or `at` at `k`, tells a verb of giving words as much as the bare verb does; where that phrase ends (`k`
 * itself where there is none). Nothing but words without a verb of their own, or a time (`at noon`), reads as one.
 */
function pastAddressee(tokens: readonly Token[], k: number): number {
  if (!isWord(tokens[k]) || !/^(?:to|at)$/.test(tokens[k].lower)) return k;
  let e = k + 1;
  while (e < tokens.length && e - k <= ADDRESSEE_WORDS && isWord(tokens[e]) && !isVerbLike(tokens[e]) && !TIME_WORDS.test(tokens[e].lower)) e++;
  return e > k + 1 ? e : k;
}

/** Words that make `at` or `to` a time, not an addressee. */
const TIME_WORDS = /^(?:noon|midnight|night|dawn|dusk|\d.*|once|first|last|least|times?)$/;

/** `remembered Kral.`, `remembered Ana Kral, a former chief.`: the name after a bare inverted verb at `v`, to the sentence's end. */
export function verbThenName(tokens: readonly Token[], v: number): Phrase | null {
  if (!pastVerb(tokens[v])) return null;
  const phrase = phraseAfter(tokens, v + 1, false);
  if (!phrase || phrase.from !== v + 1 || !tokens[v + 1].cap || !namesSomeone(tokens, phrase)) return null;
  return closes(tokens, phrase.to) || closes(tokens, skipAppositive(tokens, phrase.to)) || closingAppositive(tokens, phrase.to) ? phrase : null;
}

/** `, a former chief.`, `, HP's former spokesman.`: a short appositive of nothing but words running to the sentence's end. */
function closingAppositive(tokens: readonly Token[], comma: number): boolean {
  const last = tokens.length - 1;
  if (tokens[comma]?.text !== ',' || !closes(tokens, last) || last - comma > APPOSITIVE_WORDS + 1 || last - comma < 2) return false;
  return tokens.slice(comma + 1, last).every((t) => isWord(t) && !CLAUSE_WORDS.has(t.lower) && (t.cap || !isVerbLike(t)));
}

/**
 * `"...," came the reply from Ana Kral.`, `"...," was the response of Kral.`: a verb of arriving or being at `v` and a
 * text of speech right after the quote. Its owner is the name after `from` or `of` that ends the sentence, or none
 * (`came the reply.`, `came the reply from the council.`): a reply is never the words of whoever spoke before.
 */
export function textAfterQuote(tokens: readonly Token[], v: number): { owner: Phrase | null } | null {
  if (!isWord(tokens[v]) || !ARRIVING_VERBS.has(tokens[v].lower)) return null;
  let k = v + 1;
  // `was her answer.`: a text its owner's pronoun names is read as other words of that person are.
  if (isWord(tokens[k]) && /^(?:his|her|their|its)$/.test(tokens[k].lower)) return null;
  if (isWord(tokens[k]) && DETERMINERS.has(tokens[k].lower)) k++;
  if (!isWord(tokens[k]) || !OWNED_TEXTS.has(tokens[k].lower)) return null;
  if (closes(tokens, k + 1)) return { owner: null };
  if (!isWord(tokens[k + 1]) || !/^(?:from|of)$/.test(tokens[k + 1].lower)) return null;
  const phrase = phraseAfter(tokens, k + 2, false);
  if (!phrase || phrase.from !== k + 2 || !tokens[k + 2].cap || !namesSomeone(tokens, phrase)) return { owner: null };
  const ends = closes(tokens, phrase.to) || closes(tokens, skipAppositive(tokens, phrase.to)) || closingAppositive(tokens, phrase.to);
  return { owner: ends ? phrase : null };
}

/** Verbs that say what a text was (`was Kral's reply`, `were the words of Peskar`, `came the answer from Kral`). */
const BEING_VERBS = /^(?:was|is|were|are|came|comes)$/;
/** Words that point back at the quote before the verb (`— that was Kral's answer`). */
const POINTING = /^(?:that|this|those|these|such)$/;

/**
 * `"…" was Kral's reply.`, `"…" — that was Kral's answer to the union.`, `"…" were the words of Ivo Peskar on Monday.`,
 * `"…" came the reply from Kral.`: a verb of being at `v` (after a word pointing back at the quote) and a text of
 * speech a person named owns, whatever follows it; the owner's phrase, or null. No comma is needed after the quote,
 * as it is where only the text stands (`"…," came the reply.`, textAfterQuote): the owner is named.
 */
export function ownedTextAfter(tokens: readonly Token[], v: number): Phrase | null {
  if (isWord(tokens[v]) && POINTING.test(tokens[v].lower) && isWord(tokens[v + 1]) && BEING_VERBS.test(tokens[v + 1].lower)) v++;
  if (!isWord(tokens[v]) || !BEING_VERBS.test(tokens[v].lower)) return null;
  const k = v + 1;
  // `Kral's reply`, `Ana Kral's blunt answer`: a possessive name, then (one word, then) the text.
  let e = k;
  while (e < k + 4 && isWord(tokens[e]) && tokens[e].cap && !tokens[e].possessive) e++;
  if (isWord(tokens[e]) && tokens[e].cap && tokens[e].possessive) {
    const text = OWNED_TEXTS.has(tokens[e + 1]?.lower ?? '') ? e + 1 : OWNED_TEXTS.has(tokens[e + 2]?.lower ?? '') && isWord(tokens[e + 1]) && !tokens[e + 1].cap ? e + 2 : -1;
    return text > 0 ? { from: k, to: e + 1 } : null;
  }
  // `the words of Ivo Peskar`, `the reply from Kral`.
  const t = isWord(tokens[k]) && DETERMINERS.has(tokens[k].lower) ? k + 1 : k;
  if (!OWNED_TEXTS.has(tokens[t]?.lower ?? '') || !/^(?:from|of)$/.test(tokens[t + 1]?.lower ?? '') || !tokens[t + 2]?.cap) return null;
  const phrase = phraseAfter(tokens, t + 2, false);
  // Not `the demand of Kral's critics`: a possessive inside owns someone else.
  return phrase && phrase.from === t + 2 && namesSomeone(tokens, phrase) && !tokens.slice(phrase.from, phrase.to + 1).some((x) => x.possessive) ? phrase : null;
}
