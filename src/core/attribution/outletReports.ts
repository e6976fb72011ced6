// `"The emails were largely sent in 2012," CBS News reported.`: a sentence of nothing but a quotation and the outlet
// that reported it quotes the outlet's own report, not words it passes on. Elsewhere a relay verb's subject relays
// (`"...," Kral told the crowd, the Times reported`), and that stays so: only a whole quote in the third person
// (`"I will win," CBS News reported` passes on someone's words), with nothing after the verb that brings another
// voice (`, citing an aide`, `that ...`, another quote), is the outlet's.
import { tokenizeWords } from '../text/normalizeText';
import type { Token } from '../text/sentenceTokens';
import { isGerund, isRelayVerb, isSpeechVerbAt, isWord } from './tokenClasses';

/** Words of a speaker's own voice: a quote in them is someone's speech, not an outlet's prose. */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b/;
/** The fewest words of a report quoted whole (a shorter quote is a phrase someone said). */
const REPORT_WORDS = 5;

/** Whether the relay verb at `k`, after the quote `quoteText` that opens the sentence, reports the outlet's own words. */
export function reportsOwnWords(tokens: readonly Token[], k: number, quoteText: string): boolean {
  if (!isWord(tokens[k]) || !/^report(?:ed|s)$/.test(tokens[k].lower)) return false;
  if (tokenizeWords(quoteText).length < REPORT_WORDS || FIRST_PERSON.test(quoteText)) return false;
  for (let i = k + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'quote') return false;
    if (isWord(t) && (t.lower === 'that' || isGerund(t) || isRelayVerb(t) || isSpeechVerbAt(tokens, i))) return false;
  }
  return true;
}

/**
 * Bodies of a state or a force that report what they did or found (`The Ministry of Defence reported that "..."`,
 * `"...," the General Staff reported`): their report is their own statement, not an outlet passing on someone's.
 */
const REPORTING_BODIES = new Set([
  'ministry', 'ministries', 'department', 'police', 'army', 'military', 'command', 'government', 'office', 'kremlin',
  'pentagon', 'directorate', 'forces', 'guard', 'headquarters', 'service', 'administration', 'navy',
]);
/** Words of the press: a subject holding one is an outlet, however official (`the state news agency`). */
const PRESS_WORDS = new Set([
  'agency', 'agencies', 'news', 'times', 'post', 'press', 'radio', 'tv', 'television', 'journal', 'daily', 'newspaper',
  'channel', 'network', 'media', 'magazine', 'tribune', 'herald', 'outlet', 'wire', 'broadcaster', 'reporter', 'reporters',
]);
/** Words a subject before its verb is read back over (`The Ministry of Defence of the Russian Federation`). */
const SUBJECT_REACH = 12;

/**
 * Whether `report(s/ed)` at `verb` has a state's or a force's body for its subject, and no outlet: the words of the
 * clause right before it (`before`), or those from `from` up to it (a subject after the quote).
 */
export function bodyReportsItself(tokens: readonly Token[], verb: number, from = -1): boolean {
  if (!isWord(tokens[verb]) || !/^report(?:ed|s)$/.test(tokens[verb].lower)) return false;
  let start = from;
  if (start < 0) {
    start = verb;
    while (start > 0 && verb - start < SUBJECT_REACH && isWord(tokens[start - 1])) start--;
  }
  let body = false;
  for (let k = start; k < verb; k++) {
    const w = tokens[k].lower;
    if (PRESS_WORDS.has(w)) return false;
    if (REPORTING_BODIES.has(w)) body = true;
  }
  return body;
}
