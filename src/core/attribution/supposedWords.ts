// Words put in someone's mouth only to suppose them: `If Peskar says "…", Kral will walk out`, `Had Kral said "…"`,
// `Imagine Kral saying "…"`, `Kral would have said "…"`. Nobody said them (yet), so the person named is not their
// speaker: a draft giving them to that person would match, and one giving them to another would be warned. So are
// words only meant (`Kral wants to tell them "…"`, `never got to say "…"`, `Before Kral could say "…"`). A habit
// (`Kral would say "…"`, `As Kral would often say, "…"`) and a past before the past (`Kral had said "…"`) were said.
import { tokenAt, type Token } from '../text/sentenceTokens';
import { phraseBefore } from './speakerPhrases';
import { isPronoun, isWord } from './tokenClasses';

/** Words that open a supposition whose subject comes right after them (`if Peskar says`, `Imagine Kral saying`). */
const SUPPOSING = /^(?:if|unless|suppose|supposing|imagine|picture)$/;
/** Auxiliaries that open a supposition when they come first in their clause (`Had Kral said`, `Were Kral to say`). */
const INVERTED = /^(?:had|should|were)$/;
/** Words before a clause an inverted auxiliary may open (`, but had Kral said`). */
const CLAUSE_START = /^(?:and|but|or)$/;
/** Modals whose perfect (`would have said`) tells what was not said. */
const COUNTERFACTUAL = /^(?:would|could|should|might|must)$/;
/** Words read over between a counterfactual modal and `have` (`would never have said`). */
const BETWEEN_MODAL = /^(?:not|never|n't|probably|surely|certainly|also|simply|just)$/;
/** The most tokens between the verb and the quote it takes (`should have told the families "…"`). */
const TO_QUOTE = 5;

/** Whether the verb of saying at `k`, the nearest before the quote at `qi`, only supposes the words. */
export function supposedAt(tokens: readonly Token[], k: number, qi: number): boolean {
  if (sayingOfAnyone(tokens, k)) return true;
  if (qi - k > TO_QUOTE) return false;
  return counterfactual(tokens, k) || intended(tokens, k) || supposedSubject(tokens, k);
}

/** `As they say, "…"`, `as they say about the doctor`: a saying's `they` is anyone, no antecedent (it had been given one). */
function sayingOfAnyone(tokens: readonly Token[], k: number): boolean {
  return tokens[k].lower === 'say' && tokens[k - 1]?.lower === 'they' && tokens[k - 2]?.lower === 'as';
}

/** Verbs of meaning to do something (`wants to tell`, `plans to say`, `is about to say`, `is expected to say`), which is not yet done. */
const INTENDING = /^(?:want|wants|wanted|plan|plans|planned|planning|hope|hopes|hoped|hoping|intend|intends|intended|intending|wish|wishes|wished|going|about|like|love|expected|due|scheduled|set|poised)$/;
/** `never got to say`, `didn't get to tell`: a chance to say that did not come. */
const CHANCE = /^(?:get|got|gets|getting)$/;

/** `Kral wants to tell the men "…"`, `never got to say "…"`, `Before Kral could say "…"`. */
function intended(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 2];
  if (tokens[k - 1]?.lower === 'to' && isWord(before)) {
    if (INTENDING.test(before.lower)) return before.lower !== 'like' && before.lower !== 'love' ? true : /^(?:would|'d|d)$/.test(tokens[k - 3]?.lower ?? '');
    if (CHANCE.test(before.lower)) return /^(?:never|not|n't)$/.test((tokens[k - 3]?.lower ?? '').replace(/^.*(n't)$/, '$1'));
  }
  // `Before Kral could say "…"`: what the time clause says was never reached.
  if (tokens[k - 1]?.lower !== 'could') return false;
  const subject = phraseBefore(tokens, k);
  return subject !== null && tokens[subject.from - 1]?.lower === 'before';
}

/** `Kral would have said`, `could never have told them`. */
export function counterfactual(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.lower !== 'have') return false;
  let j = k - 2;
  while (j > k - 4 && isWord(tokens[j]) && BETWEEN_MODAL.test(tokens[j].lower.replace(/^.*(n't)$/, '$1'))) j--;
  return isWord(tokens[j]) && COUNTERFACTUAL.test(tokens[j].lower.replace(/n't$/, ''));
}

/**
 * `If Peskar says`, `unless Kral were to say`, `Had Peskar said`, `Imagine Kral saying` (the phrase reader takes a
 * capital `Imagine` into the name): the verb's subject is the supposition's.
 */
function supposedSubject(tokens: readonly Token[], k: number): boolean {
  const end = tokens[k - 1]?.lower === 'to' ? k - 1 : k; // `were to say`
  const subject = phraseBefore(tokens, end);
  if (!subject) return false;
  const first = tokens[subject.from];
  if (subject.to - subject.from > 1 && isWord(first) && first.cap && SUPPOSING.test(first.lower) && first.lower !== 'if') return true;
  const opener = tokenAt(tokens, subject.from - 1);
  if (!isWord(opener)) return false;
  if (SUPPOSING.test(opener.lower)) return true;
  // `the areas that were hacked suggested`: an auxiliary's verb, not one put before a subject; who is supposed to speak
  // after an inverted auxiliary is named or a pronoun.
  if (!INVERTED.test(opener.lower) || !tokens.slice(subject.from, subject.to).some((t) => t.cap || isPronoun(t))) return false;
  const before = tokens[subject.from - 2];
  return before === undefined || (before.kind === 'punct' && before.text !== '"') || (isWord(before) && CLAUSE_START.test(before.lower));
}
