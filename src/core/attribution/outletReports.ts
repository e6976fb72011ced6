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
