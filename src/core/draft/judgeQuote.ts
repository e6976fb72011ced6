// The verdict on one draft quote, from where its words stand in the sources. A quote is compared only with
// what the sources quote, never with a reporter's narration, and put in another mouth only on evidence that
// identifies one utterance (see quoteEvidence.ts).
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { LocatedQuote } from '../index/corpusIndex';
import { quoteWords } from '../index/wordIndex';
import { hasGaps } from '../index/quoteWords';
import { tokenizeWords } from '../text/normalizeText';
import type { AttributedQuote, QuoteVerdict, SourceMatch } from '../types';
import { contentWords, isContentWord, isDistinctive, liesInQuote, quotedWithinQuote, samePersonIn, wordingOf } from './quoteEvidence';
import { diffQuote, type QuoteDifference } from './quoteDiff';
import { expandContraction } from './contractions';
import { alikeSpelling } from './spelledAlike';
import { withMovedWords } from './movedWords';
import { otherRenderingOf } from './otherRenderings';
import { continuesInSource, joinedText } from './splitQuotes';
import { pronounApart, pronounTagSex } from './pronounTags';
import { namesSpeaker } from './pronounReach';
import { relayedWithinQuote } from './relayedWords';
import { draftTellsRecall, recalledWithinQuote } from './recalledWords';
import type { SamePersonMemo } from './samePersonMemo';
import { SpeakerEvidence, type Surroundings } from './speakerEvidence';

export type { Surroundings } from './speakerEvidence';

export interface Verdict {
  readonly verdict: QuoteVerdict;
  readonly match: SourceMatch | null;
  readonly alsoIn: SourceMatch[];
  /** The word diff of the quote against `match`'s wording (diffQuote with the corpus's people), where the verdict needed it. */
  readonly difference?: QuoteDifference;
  /** The draft's speaker only recalls these words as another's, inside their own source quote (see recalledWords.ts). */
  readonly recalled?: boolean;
}

/**
 * Close wording in another speaker's quote counts against the draft with five shared content words; or when it
 * differs only in function words (every content word of the draft is in the passage: `By the way, if she gets
 * to pick…` for `If she gets to pick…`) and the two share eight words with three content words among them, the
 * longer of isDistinctive's lengths, since words differ. A sentence whose content words differ (`raise taxes on the
 * rich`, `…on the middle class`) may be anyone's, and so may a short one said a little otherwise (`the plan is a
 * fraud`, `the plan itself is a fraud`).
 */
const MISATTRIBUTION_SHARED_WORDS = 5;
const MISATTRIBUTION_SHARED_PHRASE = { words: 8, content: 3 };
const MISATTRIBUTION_SIMILARITY = 0.75;
/**
 * Another translation of a long passage keeps its many names and nouns while its order and small words change
 * (`We pay no attention to those whose time has come to take their pills` for `We don't pay attention to those whose
 * time to take pills has come`): with this many content words shared, a passage as close as the index looks for
 * (ALTERED_QUOTE_SIMILARITY) is the same utterance, not another quote.
 */
const RENDERING_SHARED_WORDS = 8;
/** Close wording is the same quotation changed only when it shares this many content words. */
const ALTERED_SHARED_WORDS = 3;

/** A quoted phrase of at most this many words that the draft gives nobody is a term, not a quotation to source. */
const SHORT_TERM_WORDS = 3;

const UNSOURCED: Verdict = { verdict: 'unsourced', match: null, alsoIn: [] };


const NOTHING_AROUND: Surroundings = { draft: () => '', source: () => '' };

/** The draft's words, as the index compares them. */
function wordsOf(text: string): string[] {
  return quoteWords(text).segments.flat();
}

interface SharedWords {
  /** The draft's words the passage also holds. */
  readonly words: number;
  /** The distinct content words among them. */
  readonly content: number;
  /** Whether every content word of the draft is among them. */
  readonly allContent: boolean;
}

/** Words with each contraction spelt out (`can't`, `cannot`: `can not`), so that spelling one otherwise shares its words. */
function spelledOut(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const expanded = expandContraction(w);
    return expanded ? [expanded.head, expanded.tail] : [w];
  });
}

function sharedWords(quoted: readonly string[], source: string): SharedWords {
  // A word the draft spells otherwise (`organize`, `5`) is the source's word (see spelledAlike.ts).
  const draft = spelledOut(quoted);
  const theirs = new Set(spelledOut(tokenizeWords(source).map((t) => t.word)).map(alikeSpelling));
  const shared = draft.filter((w) => theirs.has(alikeSpelling(w)));
  const content = new Set(contentWords(shared)).size;
  return { words: shared.length, content, allContent: content === new Set(contentWords(draft)).size };
}

function identifiesUtterance(shared: SharedWords): boolean {
  if (shared.content >= MISATTRIBUTION_SHARED_WORDS) return true;
  return shared.allContent && shared.words >= MISATTRIBUTION_SHARED_PHRASE.words && shared.content >= MISATTRIBUTION_SHARED_PHRASE.content;
}

/** Meaning changes an ellipsis may not cut: without them the fragments say something else. */
const CUT_MEANING = new Set(['negation', 'hedge', 'number']);
/**
 * A cut of at most this many words bears on the words around it (`will [not] abandon`); a longer one leaves out a
 * clause of its own (`the wall held [through the night and nobody was hurt], which is a miracle`), as writers do.
 */
const CLOSE_CUT_WORDS = 4;

/** True when the draft's ellipsis leaves out a negation, hedge or number bearing on the words it keeps. */
export function cutChangesMeaning(draftText: string, match: SourceMatch): boolean {
  // Most quotes have no gap at all: they are not tokenized to learn that they have fewer than two segments.
  if (!hasGaps(draftText) || quoteWords(draftText).segments.length < 2) return false;
  const { parts } = diffQuote(draftText, match.sourceText);
  return parts.some((p, i) => {
    if (p.kind !== 'removed' || i === 0 || i === parts.length - 1) return false;
    if (p.text.split(/\s+/).length > CLOSE_CUT_WORDS) return false;
    return diffQuote('', p.text).meaning.some((m) => CUT_MEANING.has(m.kind) && (m.kind !== 'number' || m.removed.some((w) => countsKeptWords(p.text, w))));
  });
}

/**
 * Whether a number the cut words hold counts something the draft keeps: nothing but function words or other number
 * words follow it in the cut (`[forty] trawlers`, `[half of] the crews`). One whose noun goes with it (`every page
 * [of every study] twice`) leaves a phrase out whole and changes no count the draft gives.
 */
function countsKeptWords(cut: string, number: string): boolean {
  const words = tokenizeWords(cut).map((t) => t.word);
  const at = words.lastIndexOf(number.toLowerCase());
  return at < 0 || words.slice(at + 1).every((w) => !isContentWord(w) || diffQuote('', w).meaning.some((m) => m.kind === 'number'));
}

/** A source's speaker given to a pronoun as a last resort: shown, but too weak to say a writer is wrong. */
function guessed(match: SourceMatch): boolean {
  return match.sourceQuote?.method === 'pronoun-guess';
}

/** A piece of a split quotation tells whose words they are with the rest of the source's sentence beside it. */
function distinctive(evidence: SpeakerEvidence, against: readonly SourceMatch[]): boolean {
  const { quote, located, corpus } = evidence;
  if (isDistinctive(wordsOf(quote.text), located.exact, corpus)) return true;
  const piece = evidence.surroundings.otherPiece?.() ?? null;
  return piece !== null && against.every((m) => continuesInSource(m, piece)) && isDistinctive(wordsOf(joinedText(quote.text, piece)), located.exact, corpus);
}

/**
 * A source that quotes the words with nobody's name may still say who repeated them (`Peskar repeated Kral's promise
 * that "…"`): the draft's speaker told there as reading out or repeating them voiced them too.
 * A draft whose pronoun tag finds nobody (`," he said` after a woman) still says of which sex its speaker is; but
 * where the draft names the sources' speaker just before, its pronoun is a slip for them, not another person.
 */
function untagged(evidence: SpeakerEvidence, against: readonly SourceMatch[]): boolean {
  const quote = evidence.quote;
  if (evidence.claimed !== null || quote.method !== 'none') return false;
  const sex = pronounTagSex(evidence.surroundings.draft(), quote.text);
  return against.every((m) => !quotedWithinQuote(m) && pronounApart(sex, m.speaker, evidence.corpus, evidence.tagPlaces()) && !namesSpeaker(evidence.beforeQuote(), m.speaker!));
}

/**
 * The verdict on words the sources quote, given the source match that agrees with the draft's speaker (if any), and
 * how many source matches hold them as someone else's.
 */
function wordsOfOthers(evidence: SpeakerEvidence, quoted: readonly SourceMatch[], said: readonly SourceMatch[], agreeing: SourceMatch | undefined): Verdict & { readonly against: number } {
  const { quote, claimed } = evidence;
  // Words a source speaker quotes from someone else, or relays as another's message, are not theirs.
  const spoken = agreeing || !claimed ? said : said.filter((m) => !quotedWithinQuote(m) && !relayedWithinQuote(m));
  const best = agreeing ?? spoken[0] ?? quoted[0];
  const alsoIn = quoted.filter((m) => m !== best && m.location.sourceId !== best.location.sourceId);
  const against = spoken.filter((m) => !guessed(m));
  // An ellipsis that cuts a negation, hedge or number out of the source's words changes what was said.
  if (cutChangesMeaning(quote.text, best)) return { verdict: 'altered', match: best, alsoIn, against: against.length };
  const wrong =
    !agreeing && against.length > 0 && (evidence.checkable() || against.every((m) => evidence.apartChecked(m)) || untagged(evidence, against)) && distinctive(evidence, against) &&
    !quoted.some((m) => evidence.readOut(m)) && !against.some((m) => evidence.namedBody(m)) && !evidence.corrected(quoted) && !against.some((m) => evidence.mayMean(m));
  return { verdict: wrong ? 'misattributed' : 'matches', match: best, alsoIn, against: against.length };
}

/**
 * Judges a draft quote against the places its words stand in the sources. `corpus`: the sources' people;
 * `draftContext`: the draft's sentence around the quote (the roles it gives its speaker); `memo`: what the check
 * learnt of the same speakers before.
 */
export function judge(quote: AttributedQuote, located: LocatedQuote, corpus: SpeakerRegistry, draftContext = '', surroundings: Surroundings = NOTHING_AROUND, memo: SamePersonMemo | null = null): Verdict {
  const claimed = quote.speaker;
  // What follows is worked out only as far as the verdict needs it: most quotes agree at the first look.
  const evidence = new SpeakerEvidence(quote, located, corpus, draftContext, surroundings, memo);
  if (located.exact.length) {
    const quoted = located.exact.filter(liesInQuote);
    if (quote.isTerm) return { verdict: 'term', match: quoted[0] ?? located.exact[0], alsoIn: [] };
    // Words the sources carry only in a reporter's narration are nobody's quotation: a paraphrase made direct speech.
    if (quoted.length === 0 && !claimed && tokenizeWords(quote.text).length <= SHORT_TERM_WORDS) return { verdict: 'term', match: located.exact[0], alsoIn: [] };
    if (quoted.length === 0) return { verdict: 'unquoted', match: located.exact[0], alsoIn: located.exact.slice(1).filter((m) => m.location.sourceId !== located.exact[0].location.sourceId) };
    const said = quoted.filter((m) => m.speaker && (m.speaker.kind !== 'description' || evidence.withheld(m)));
    const fitting = claimed ? said.find((m) => evidence.fits(m.speaker!, m)) : undefined;
    // A source quote of the draft's speaker that holds the words only as another's, recalled (see recalledWords.ts),
    // is no sign that they said them: the words are judged as if that quote were not there, unless another agrees.
    const recalledBy = fitting && recalledWithinQuote(fitting) && !draftTellsRecall(draftContext, quote.text, evidence.mention) && !said.some((m) => m !== fitting && evidence.fits(m.speaker!, m)) ? fitting : undefined;
    if (recalledBy) {
      const apart = wordsOfOthers(evidence, quoted, said, undefined);
      if (apart.verdict === 'misattributed') return apart;
      if (apart.against === 0 && evidence.checkable() && distinctive(evidence, [recalledBy]) && !evidence.corrected(quoted)) return { verdict: 'misattributed', match: recalledBy, alsoIn: [], recalled: true };
    }
    const { against: _, ...verdict } = wordsOfOthers(evidence, quoted, said, fitting);
    return verdict;
  }
  if (quote.isTerm) return { verdict: 'term', match: null, alsoIn: [] };
  const closest = located.closest;
  if (closest && liesInQuote(closest)) {
    const words = wordsOf(quote.text);
    const both = sharedWords(words, closest.sourceText);
    const shared = both.content;
    const source = closest.speaker && (closest.speaker.kind !== 'description' || evidence.withheld(closest)) && !quotedWithinQuote(closest) && !relayedWithinQuote(closest) && !guessed(closest) ? closest.speaker : null;
    if (source && claimed && !evidence.fits(source, closest)) {
      // Someone else's words, changed: only when the wording is unmistakably theirs; otherwise another quote.
      const strong = identifiesUtterance(both) && (closest.similarity >= MISATTRIBUTION_SIMILARITY || both.content >= RENDERING_SHARED_WORDS) && (evidence.checkable() || evidence.apartChecked(closest)) && !evidence.readOut(closest) && !evidence.namedBody(closest) && !evidence.mayMean(closest);
      return strong ? { verdict: 'misattributed', match: closest, alsoIn: [] } : UNSOURCED;
    }
    if (shared >= ALTERED_SHARED_WORDS) {
      const difference = withMovedWords(diffQuote(quote.text, closest.sourceText, { samePerson: samePersonIn(corpus) }), closest);
      const wording = wordingOf(difference);
      // The same words spelt otherwise (`cannot` for `can't`): the quote matches. A transcript's turn is one rendering
      // of speech (often an interpreter's): other words for it are another rendering, reported, never `altered`.
      const rendering = wording === 'reworded' || (wording !== 'same' && closest.sourceQuote?.method === 'transcript');
      if (wording === 'same' || rendering) return { verdict: wording === 'same' ? 'matches' : 'variant', match: closest, alsoIn: [], difference };
      // Words the sources themselves give in two wordings (two translations) are rendered once more (see otherRenderings.ts).
      const other = otherRenderingOf(quote.text, { match: closest, difference }, located.otherRendering?.() ?? null, samePersonIn(corpus));
      return other ? { verdict: 'variant', ...other, alsoIn: [] } : { verdict: 'altered', match: closest, alsoIn: [], difference };
    }
  }
  // A short quoted phrase nobody is said to have said is a term, not a quotation to source.
  if (!claimed && tokenizeWords(quote.text).length <= SHORT_TERM_WORDS) return { verdict: 'term', match: null, alsoIn: [] };
  return UNSOURCED;
}
