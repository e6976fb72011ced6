// The verdict on one draft quote, from where its words stand in the sources. A quote is compared only with
// what the sources quote, never with a reporter's narration, and put in another mouth only on evidence that
// identifies one utterance (see quoteEvidence.ts).
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { LocatedQuote } from '../index/corpusIndex';
import { quoteWords } from '../index/wordIndex';
import { hasGaps } from '../index/quoteWords';
import { tokenizeWords } from '../text/normalizeText';
import type { AttributedQuote, QuoteVerdict, SourceMatch, Speaker } from '../types';
import { compatibleSpeakers, contentWords, isContentWord, bodyOfSourceRole, sameDescription, holdsUntiedRole, isDistinctive, isIdentified, liesInQuote, nameBeforeParticle, nameFits, namesItsSpeaker, sameSpeaker, sharesNameWord, quotedWithinQuote, samePersonIn, wordingOf } from './quoteEvidence';
import { loneWord, namesFor, sameByLoneName, type SpeakerNames } from './loneNames';
import { diffQuote, type QuoteDifference } from './quoteDiff';
import { expandContraction } from './contractions';
import { alikeSpelling } from './spelledAlike';
import { withMovedWords } from './movedWords';
import { otherRenderingOf } from './otherRenderings';
import { readOutFrom, roleHeadsOf } from './readOut';
import { continuesInSource, joinedText, type OtherPiece } from './splitQuotes';
import { isBodyOfMember, isBodyOfOffice } from './officeBodies';
import { sexOfGivenName } from '../attribution/givenNameSexes';
import { withholdsName } from './withheldSources';
import { apartByCountry, countriesOf } from './countryAffiliations';
import { spokeThroughSourceSpeaker, spokesmanOfAnother } from './mouthpieces';
import { bareRoleFits } from './bareRoles';
import { placedRoleApart } from './placedRoles';
import { relativeOfSource } from './relativeClaims';
import { kindOwnedRoleApart } from './kindOwnedRoles';
import { courtSideApart } from './courtSides';
import { apartBySex } from './speakerSexes';
import { namesTheHearer } from './heardWords';
import { correctionCredits } from './correctionNotes';
import { pronounApart, pronounTagSex } from './pronounTags';
import { namesSpeaker, pronounMayMean } from './pronounReach';
import { relayedWithinQuote } from './relayedWords';
import { familyNameFirst } from './familyNameFirst';
import { givenNamesApart } from './givenNamesApart';
import type { SamePersonMemo } from './samePersonMemo';

export interface Verdict {
  readonly verdict: QuoteVerdict;
  readonly match: SourceMatch | null;
  readonly alsoIn: SourceMatch[];
  /** The word diff of the quote against `match`'s wording (diffQuote with the corpus's people), where the verdict needed it. */
  readonly difference?: QuoteDifference;
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

/** The text before a quote (its paragraph and the one before) in the draft, and in a source around a match. */
export interface Surroundings {
  readonly draft: () => string;
  readonly source: (match: SourceMatch) => string;
  /** Whether the draft opens the quote right after a colon (`Kral went further: "…"`). */
  readonly afterColon?: () => boolean;
  /** The other piece of a quotation the draft splits around its speaker tag (see splitQuotes.ts). */
  readonly otherPiece?: () => OtherPiece | null;
  /** The draft's words from the speaker's name to the quote, when the name comes first in the quote's sentence (see heardWords.ts). */
  readonly afterMention?: () => string;
  /** A source's paragraph around a match, both sides of it (see correctionNotes.ts). */
  readonly sourceParagraph?: (match: SourceMatch) => string;
}

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

/**
 * Judges a draft quote against the places its words stand in the sources. `corpus`: the sources' people;
 * `draftContext`: the draft's sentence around the quote (the roles it gives its speaker); `memo`: what the check
 * learnt of the same speakers before.
 */
export function judge(quote: AttributedQuote, located: LocatedQuote, corpus: SpeakerRegistry, draftContext = '', surroundings: Surroundings = NOTHING_AROUND, memo: SamePersonMemo | null = null): Verdict {
  const claimed = quote.speaker;
  // Words one text says were read out from the other's speaker (a moderator reciting a candidate's list, a minister
  // quoting or echoing a president: the draft may name them by a role the sources give them).
  const readOut = (match: SourceMatch) => readOutFrom(surroundings.draft(), match.speaker, roleHeadsOf(match.speaker, corpus)) || readOutFrom(surroundings.source(match), claimed);
  // A source's note correcting who said the words, naming the draft's speaker (see correctionNotes.ts).
  const corrected = (matches: readonly SourceMatch[]) => surroundings.sourceParagraph !== undefined && matches.some((m) => !m.speaker && correctionCredits(surroundings.sourceParagraph!(m), claimed));
  const mention = quote.mention?.text ?? null;
  // What follows is worked out only as far as the verdict needs it: most quotes agree at the first look.
  let identifiedMemo: boolean | undefined;
  // A name the draft gives in full across a particle (`Marcelo Rebelo de Sousa`, read as `Sousa`) tells its speaker
  // apart as a full name does; a source speaker sharing none of its words is someone else.
  let wholeMemo: string[] | null | undefined;
  const whole = () => (wholeMemo === undefined ? (wholeMemo = mention !== null && claimed !== null ? nameBeforeParticle(mention, draftContext) : null) : wholeMemo);
  // A lone name the sources never joined to anyone (`Xi`) but that titled people named in full bear (see loneNames.ts).
  let claimedNamesMemo: SpeakerNames | null | undefined;
  const claimedNames = () => (claimedNamesMemo === undefined ? (claimedNamesMemo = claimed !== null ? namesFor(claimed, corpus, () => isIdentified(claimed, corpus, mention), mention) : null) : claimedNamesMemo);
  const identified = () => (identifiedMemo ??= claimed !== null && (isIdentified(claimed, corpus, mention) || (whole()?.length ?? 0) >= 2 || (claimedNames()?.lone ?? false)));
  // Only a speaker the sources can tell from others can be the wrong one, and only when the draft says they said the
  // words: `Trump delivered a defense of "New York values"` quotes a phrase, it does not put it in Trump's mouth; but
  // a clause whose subject opens a quotation with a colon (`Kral went further on Friday: "…"`) gives them its words.
  // A speaker guessed for a pronoun (method 'pronoun-guess'), the draft's or a source's, is no evidence either way.
  // Nor is a name the draft gives as the one who heard the words (`Fenn recalled being told, "…"`: see heardWords.ts).
  const says = () => (quote.method !== 'subject' || (surroundings.afterColon?.() ?? false)) && !namesTheHearer(surroundings.afterMention?.() ?? '');
  // A body may take any of its officials' words, and is checked only when it is a country's or its government's
  // (`the Kremlin`, `Ukraine's presidency`): then the words of another country's officials are not its own.
  let stateBodyMemo: boolean | undefined;
  const stateBody = () => (stateBodyMemo ??= claimed !== null && claimed.kind === 'organisation' && countriesOf(claimed, corpus).size > 0);
  // A draft's pronoun read as someone past the sources' speaker, named closer, may mean them (see pronounReach.ts).
  let beforeQuoteMemo: string | undefined;
  const beforeQuote = () => {
    if (beforeQuoteMemo === undefined) {
      const around = surroundings.draft();
      const at = around.lastIndexOf(quote.text);
      beforeQuoteMemo = at < 0 ? around : around.slice(0, at);
    }
    return beforeQuoteMemo;
  };
  // The sources' own pronoun tags on the speaker's words, wherever the words stand, tell the speaker's sex too.
  const tagPlaces = () => (located.closest ? [...located.exact, located.closest] : located.exact);
  const mayMean = (match: SourceMatch) => claimed !== null && pronounMayMean(beforeQuote(), mention, claimed, match.speaker, corpus, tagPlaces());
  const checkable = () =>
    claimed !== null && (claimed.kind !== 'organisation' || stateBody()) && quote.method !== 'pronoun-guess' && says() && (identified() || stateBody()) && (mention === null || namesItsSpeaker(mention, claimed, draftContext));
  // A description placing an office (`Sarovia's foreign minister`) is checked against a source speaker holding that
  // office in another place (see placedRoles.ts), though it names no one.
  // So is a relative of the source's speaker (`Tomas Kral's daughter` for Tomas Kral's words: see relativeClaims.ts),
  // an office of a body named by its kind (`the utility's chief executive`: see kindOwnedRoles.ts), and a side of a
  // court (`the prosecutor` for the defence lawyer's words: see courtSides.ts), and a spokesman for a named principal
  // (`a spokesman for Ana Kral` for words of someone who speaks for no one: see mouthpieces.ts).
  const placedApart = (match: SourceMatch) =>
    claimed !== null && claimed.kind === 'description' && quote.method !== 'pronoun-guess' && says() && match.speaker !== null &&
    (placedRoleApart(mention, match.speaker, corpus, surroundings.source(match)) || relativeOfSource(mention, match.speaker, corpus) || kindOwnedRoleApart(mention, match.speaker, corpus) || courtSideApart(mention, match.speaker, corpus) || spokesmanOfAnother(mention, match.speaker, corpus, match.sourceQuote?.mention?.text ?? ''));
  // So is a draft's person known by a given name alone (`his wife, Lena … she said`) against a source speaker of the
  // other sex by sure signs (see speakerSexes.ts): whoever Lena is, she is not Jonas Becker.
  const apartChecked = (match: SourceMatch) =>
    placedApart(match) ||
    (claimed !== null && quote.method !== 'pronoun-guess' && says() && match.speaker !== null && apartBySex(claimed, match.speaker, corpus) && (mention === null || namesItsSpeaker(mention, claimed, draftContext)));
  // Whether the draft's speaker could be the source's: the same, or one the draft's words for them also fit.
  // Two speakers one of whom is such a lone name are the same person when their names share a word; else the rules
  // for names in full decide.
  let claimedLoneMemo: boolean | undefined;
  const claimedLone = () => (claimedLoneMemo ??= loneWord(claimed!, corpus) !== null);
  // Asked of the same two speakers in quote after quote: kept for the check (see samePersonMemo.ts).
  let samePersonAnswers: Map<Speaker, boolean> | undefined;
  const samePerson = (source: Speaker) => {
    samePersonAnswers ??= memo?.corpus === corpus ? memo.answersFor({ claimed: claimed!, mention, whole: whole() }) : new Map<Speaker, boolean>();
    let same = samePersonAnswers.get(source);
    if (same === undefined) samePersonAnswers.set(source, (same = comparePeople(source)));
    return same;
  };
  const comparePeople = (source: Speaker) => {
    if (sameSpeaker(claimed!, source)) return true;
    if (apartByCountry(claimed!, source, corpus)) return false;
    if (familyNameFirst(claimed!, source, corpus)) return true;
    // Most speakers are no lone name: their names are not compared word by word here.
    const byLoneName = claimedLone() || loneWord(source, corpus) !== null ? sameByLoneName(claimedNames(), namesFor(source, corpus, () => isIdentified(source, corpus))) : null;
    return byLoneName ?? compatibleSpeakers(claimed!, source, corpus, identified);
  };
  // A name the text around the words makes the body of a chief's office (`the head of Marion Falls Power`) is a company
  // giving its statement, whatever its words look like (see officeBodies.ts): no misattribution rests on it.
  // So is a name the source sets its speaker within (`Ana Beltrán of the Red Cross`), unless it is a person's by a
  // given name (`Ana Kral, a lawyer for Dan Ruiz`: her words are not his).
  const personByGivenName = () => {
    const record = corpus.record(claimed!.key);
    const first = record?.first ?? (claimed!.name.includes(' ') ? claimed!.name.split(' ')[0].toLowerCase() : null);
    return first !== null && sexOfGivenName(first) !== null;
  };
  const namedBody = (match: SourceMatch) =>
    claimed !== null &&
    (isBodyOfOffice(claimed!.name, surroundings.draft()) ||
    isBodyOfOffice(claimed!.name, surroundings.source(match)) ||
    (match.speaker !== null && isBodyOfMember(claimed!.name, match.speaker.name, surroundings.source(match)) && !personByGivenName()));
  // Words a source gives a speaker whose name it withholds (`a former employee, who asked not to be named`) are not
  // those of a person the same source names in full (`Elaine Voss … declined to comment`): it keeps the two apart, and
  // a draft that gives them to that person says who the source will not (see withheldSources.ts). Any other
  // description may be anyone's.
  const withheld = (match: SourceMatch) => match.speaker?.kind === 'description' && withholdsName(match.speaker.name, () => surroundings.source(match));
  const namedBySource = (match: SourceMatch) => {
    const record = claimed && claimed.kind === 'person' ? corpus.record(claimed.key) : undefined;
    return record !== undefined && record.kind === 'person' && record.first !== null && record.articles.has(match.location.sourceId);
  };
  // A surname the draft's tag shares with the source's speaker, when the draft named its own speaker in full with
  // another given name (`Siobhán Keane … Ms Keane said` for Brendan Keane's words), is no sign they are one (see givenNamesApart.ts).
  const namedApart = (source: Speaker) => givenNamesApart(claimed!, source, corpus, surroundings.draft(), whole());
  const fits = (source: Speaker, match: SourceMatch) =>
    source.kind === 'description' ? !namedBySource(match) || sameDescription(mention, match) :
    !placedApart(match) && (samePerson(source) || (whole() !== null && sharesNameWord(whole()!, source) && !namedApart(source)) || (mention !== null && nameFits(mention, source) && !namedApart(source)) || holdsUntiedRole(match, source, corpus, draftContext, mention) || bodyOfSourceRole(claimed!, source, corpus) || sameDescription(mention, match) ||
    spokeThroughSourceSpeaker(draftContext, match, source, corpus, surroundings.source(match)) || bareRoleFits(mention, match, source, corpus));
  if (located.exact.length) {
    const quoted = located.exact.filter(liesInQuote);
    if (quote.isTerm) return { verdict: 'term', match: quoted[0] ?? located.exact[0], alsoIn: [] };
    // Words the sources carry only in a reporter's narration are nobody's quotation: a paraphrase made direct speech.
    if (quoted.length === 0 && !claimed && tokenizeWords(quote.text).length <= SHORT_TERM_WORDS) return { verdict: 'term', match: located.exact[0], alsoIn: [] };
    if (quoted.length === 0) return { verdict: 'unquoted', match: located.exact[0], alsoIn: located.exact.slice(1).filter((m) => m.location.sourceId !== located.exact[0].location.sourceId) };
    const said = quoted.filter((m) => m.speaker && (m.speaker.kind !== 'description' || withheld(m)));
    const agreeing = claimed ? said.find((m) => fits(m.speaker!, m)) : undefined;
    // Words a source speaker quotes from someone else, or relays as another's message, are not theirs.
    const spoken = agreeing || !claimed ? said : said.filter((m) => !quotedWithinQuote(m) && !relayedWithinQuote(m));
    const best = agreeing ?? spoken[0] ?? quoted[0];
    const alsoIn = quoted.filter((m) => m !== best && m.location.sourceId !== best.location.sourceId);
    // An ellipsis that cuts a negation, hedge or number out of the source's words changes what was said.
    if (cutChangesMeaning(quote.text, best)) return { verdict: 'altered', match: best, alsoIn };
    const against = spoken.filter((m) => !guessed(m));
    // A piece of a split quotation tells whose words they are with the rest of the source's sentence beside it.
    const distinctive = () => {
      if (isDistinctive(wordsOf(quote.text), located.exact, corpus)) return true;
      const piece = surroundings.otherPiece?.() ?? null;
      return piece !== null && against.every((m) => continuesInSource(m, piece)) && isDistinctive(wordsOf(joinedText(quote.text, piece)), located.exact, corpus);
    };
    // A source that quotes the words with nobody's name may still say who repeated them (`Peskar repeated Kral's promise
    // that "…"`): the draft's speaker told there as reading out or repeating them voiced them too.
    // A draft whose pronoun tag finds nobody (`," he said` after a woman) still says of which sex its speaker is; but
    // where the draft names the sources' speaker just before, its pronoun is a slip for them, not another person.
    const untagged = () => {
      if (claimed !== null || quote.method !== 'none') return false;
      const sex = pronounTagSex(surroundings.draft(), quote.text);
      return against.every((m) => !quotedWithinQuote(m) && pronounApart(sex, m.speaker, corpus, tagPlaces()) && !namesSpeaker(beforeQuote(), m.speaker!));
    };
    const wrong = !agreeing && against.length > 0 && (checkable() || against.every(apartChecked) || untagged()) && distinctive() && !quoted.some(readOut) && !against.some(namedBody) && !corrected(quoted) && !against.some(mayMean);
    return { verdict: wrong ? 'misattributed' : 'matches', match: best, alsoIn };
  }
  if (quote.isTerm) return { verdict: 'term', match: null, alsoIn: [] };
  const closest = located.closest;
  if (closest && liesInQuote(closest)) {
    const words = wordsOf(quote.text);
    const both = sharedWords(words, closest.sourceText);
    const shared = both.content;
    const source = closest.speaker && (closest.speaker.kind !== 'description' || withheld(closest)) && !quotedWithinQuote(closest) && !relayedWithinQuote(closest) && !guessed(closest) ? closest.speaker : null;
    if (source && claimed && !fits(source, closest)) {
      // Someone else's words, changed: only when the wording is unmistakably theirs; otherwise another quote.
      const strong = identifiesUtterance(both) && (closest.similarity >= MISATTRIBUTION_SIMILARITY || both.content >= RENDERING_SHARED_WORDS) && (checkable() || apartChecked(closest)) && !readOut(closest) && !namedBody(closest) && !mayMean(closest);
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
