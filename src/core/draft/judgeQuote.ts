// The verdict on one draft quote, from where its words stand in the sources. A quote is compared only with
// what the sources quote, never with a reporter's narration, and put in another mouth only on evidence that
// identifies one utterance (see quoteEvidence.ts).
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { LocatedQuote } from '../index/corpusIndex';
import { quoteWords } from '../index/wordIndex';
import { tokenizeWords } from '../text/normalizeText';
import type { AttributedQuote, QuoteVerdict, SourceMatch, Speaker } from '../types';
import { compareWordings, compatibleSpeakers, contentWords, isDistinctive, isIdentified, liesInQuote, nameFits, quotedWithinQuote } from './quoteEvidence';

export interface Verdict {
  readonly verdict: QuoteVerdict;
  readonly match: SourceMatch | null;
  readonly alsoIn: SourceMatch[];
}

/** Close wording in another speaker's quote counts against the draft only with this many shared content words. */
const MISATTRIBUTION_SHARED_WORDS = 5;
const MISATTRIBUTION_SIMILARITY = 0.75;
/** Close wording is the same quotation changed only when it shares this many content words. */
const ALTERED_SHARED_WORDS = 3;

const UNSOURCED: Verdict = { verdict: 'unsourced', match: null, alsoIn: [] };

/** The draft's words, as the index compares them. */
function wordsOf(text: string): string[] {
  return quoteWords(text).segments.flat();
}

function sharedContent(draft: readonly string[], source: string): number {
  const theirs = new Set(tokenizeWords(source).map((t) => t.word));
  return new Set(contentWords(draft).filter((w) => theirs.has(w))).size;
}

/** Judges a draft quote against the places its words stand in the sources. `corpus`: the sources' people. */
export function judge(quote: AttributedQuote, located: LocatedQuote, corpus: SpeakerRegistry): Verdict {
  const claimed = quote.speaker;
  const mention = quote.mention?.text ?? null;
  // What follows is worked out only as far as the verdict needs it: most quotes agree at the first look.
  let identifiedMemo: boolean | undefined;
  const identified = () => (identifiedMemo ??= claimed !== null && isIdentified(claimed, corpus, mention));
  // Only a speaker the sources can tell from others can be the wrong one, and only when the draft says they said the
  // words: `Trump delivered a defense of "New York values"` quotes a phrase, it does not put it in Trump's mouth.
  const checkable = () => claimed !== null && claimed.kind !== 'organisation' && quote.method !== 'subject' && identified();
  // Whether the draft's speaker could be the source's: the same, or one the draft's words for them also fit.
  const fits = (source: Speaker) => compatibleSpeakers(claimed!, source, corpus, identified) || (mention !== null && nameFits(mention, source));
  if (located.exact.length) {
    const quoted = located.exact.filter(liesInQuote);
    const said = quoted.filter((m) => m.speaker && m.speaker.kind !== 'description');
    const agreeing = claimed ? said.find((m) => fits(m.speaker!)) : undefined;
    // Words a source speaker quotes from someone else are not theirs.
    const spoken = agreeing || quote.isTerm || !claimed ? said : said.filter((m) => !quotedWithinQuote(m));
    const best = agreeing ?? spoken[0] ?? quoted[0] ?? located.exact[0];
    const alsoIn = located.exact.filter((m) => m !== best && m.location.sourceId !== best.location.sourceId);
    if (quote.isTerm) return { verdict: 'term', match: best, alsoIn };
    const wrong = !agreeing && spoken.length > 0 && checkable() && isDistinctive(wordsOf(quote.text), located.exact, corpus);
    return { verdict: wrong ? 'misattributed' : 'matches', match: best, alsoIn };
  }
  if (quote.isTerm) return { verdict: 'term', match: null, alsoIn: [] };
  const closest = located.closest;
  if (closest && liesInQuote(closest)) {
    const words = wordsOf(quote.text);
    const shared = sharedContent(words, closest.sourceText);
    const source = closest.speaker && closest.speaker.kind !== 'description' && !quotedWithinQuote(closest) ? closest.speaker : null;
    if (source && claimed && !fits(source)) {
      // Someone else's words, changed: only when the wording is unmistakably theirs; otherwise another quote.
      const strong = shared >= MISATTRIBUTION_SHARED_WORDS && closest.similarity >= MISATTRIBUTION_SIMILARITY && checkable();
      return strong ? { verdict: 'misattributed', match: closest, alsoIn: [] } : UNSOURCED;
    }
    if (shared >= ALTERED_SHARED_WORDS) {
      const difference = compareWordings(closest.sourceText, quote.text);
      return { verdict: difference === 'reworded' ? 'variant' : 'altered', match: closest, alsoIn: [] };
    }
  }
  // A short quoted phrase nobody is said to have said is a term, not a quotation to source.
  if (!claimed && tokenizeWords(quote.text).length <= 3) return { verdict: 'term', match: null, alsoIn: [] };
  return UNSOURCED;
}
