// The sources, analysed once: every article's sentences and attributed quotes, the people in them, a
// positional word index (to locate quoted words and find passages), and a quote index (completion, and a
// MiniSearch dictionary of the quotes' words for typos). Built off the typing path; every query is in memory.
import { normalizeName, SpeakerRegistry } from '../attribution/speakerRegistry';
import { analyzeSources, currentSpeaker, spellingIn, type ArticleAnalysis } from './analyzeSources';
import type { LocatedQuote } from './sourceIndex';
import { normalizePhrase } from '../text/normalizeText';
import { PassageSearch, processTerm, SPLIT } from './passageSearch';
import { joinedQuotations } from './joinedQuotations';
import { QuoteIndex, type QuoteIndexParts } from './quoteIndex';
import { positionAt } from '../text/textLines';
import { lastStartingBy } from '../text/sortedNumbers';
import type { AnalyzedArticle, AttributedQuote, PassageMatch, QuoteCompletion, SourceArticle, SourceLocation, SourceMatch, Speaker, TextSpan } from '../types';
import { runSteps, runStepsAsync, runStepsInSlices, type SliceTiming, type Steps } from './stepwise';
import { sentenceWords } from './quoteWords';
import { otherRenderingOf } from './otherRenderings';
import { quoteWords, WordIndex, type WordHit, type WordIndexParts } from './wordIndex';

export type { BuildIndexOptions, CorpusIndex } from './corpusIndexContract';
import type { BuildIndexOptions, CorpusIndex } from './corpusIndexContract';

/** Words put in the completion's dictionary between two yields when it is made after a read-back (prepareCompletionSteps). */
const WORDS_PER_DICTIONARY_STEP = 250;

/** Lowest share of words (Dice) at which a source sentence counts as the one a draft sentence restates: the claim hover's and Insert Citation's. */
export const CLAIM_MATCH_SCORE = 0.6;

/** Lowest similarity at which a passage counts as the same quote with words changed. */
export const ALTERED_QUOTE_SIMILARITY = 0.6;

export type { LocatedQuote } from './sourceIndex';
export { formatOfPath } from './analyzeSources';

class BuiltCorpusIndex implements CorpusIndex {
  readonly articles: AnalyzedArticle[];
  readonly registry: SpeakerRegistry;
  speakers: Speaker[] = [];
  analyses?: ArticleAnalysis[];
  readonly passes = { taken: 0, analysed: 0 };
  private readonly byId = new Map<string, number>();
  private searchMade?: PassageSearch;
  private words!: WordIndex;
  private quotesMade?: QuoteIndex;
  /** How to make the quote index when it is first used, when it was not made with the rest. */
  private quotesLater?: () => Steps<QuoteIndex>;

  private get quotes(): QuoteIndex {
    return (this.quotesMade ??= runSteps(this.quotesLater!()));
  }

  private set quotes(quotes: QuoteIndex) {
    this.quotesMade = quotes;
  }

  private get search(): PassageSearch {
    return (this.searchMade ??= new PassageSearch(this.articles, this.words, this.quotes));
  }

  private constructor(articles: AnalyzedArticle[], registry = new SpeakerRegistry()) {
    this.registry = registry;
    this.articles = articles;
  }

  /** An index made of the parts a build made (read back from a persisted index): nothing is analysed. */
  static *restoreSteps(parts: CorpusIndexParts): Steps<BuiltCorpusIndex> {
    const index = new BuiltCorpusIndex([...parts.articles], parts.registry);
    index.articles.forEach((a, i) => index.byId.set(a.id, i));
    yield;
    index.words = yield* WordIndex.restoreSteps(parts.words, (a) => index.articles[a].text);
    yield;
    index.quotes = new QuoteIndex(index.articles, index.words, parts.quotes);
    index.speakers = [...parts.speakers];
    return index;
  }

  /** An index of a persisted index's articles with changed ones among them (patchedIndex): its word index's parts patched, its quotes given as refs. */
  static *assembleSteps(parts: AssembledParts): Steps<BuiltCorpusIndex> {
    const index = new BuiltCorpusIndex([...parts.articles], parts.registry);
    Object.assign(index.passes, parts.passes);
    index.articles.forEach((a, i) => index.byId.set(a.id, i));
    yield;
    index.words = yield* WordIndex.restoreSteps(parts.words, (a) => index.articles[a].text);
    yield;
    // Made when first used: a check of a draft reads the word index only, and a command line run is one check.
    index.quotesLater = () => QuoteIndex.fromRefsSteps(index.articles, index.words, parts.quoteRefs(index.words));
    index.speakers = [...parts.speakers];
    return index;
  }

  /** Makes in steps what the first completion would make at once (see QuoteIndex.prepareSteps). */
  *prepareCompletionSteps(): Steps<void> {
    if (!this.quotesMade && this.quotesLater) this.quotesMade = yield* this.quotesLater();
    yield;
    yield* this.quotes.prepareSteps(WORDS_PER_DICTIONARY_STEP);
  }

  get parts(): CorpusIndexParts {
    return { articles: this.articles, registry: this.registry, speakers: this.speakers, words: this.words.parts, quotes: this.quotes.parts };
  }

  /** Builds the index, yielding every `chunk` articles (see stepwise.ts). */
  static *steps(sources: readonly SourceArticle[], options: BuildIndexOptions, chunk = 200): Steps<BuiltCorpusIndex> {
    const index = yield* BuiltCorpusIndex.analysisSteps(sources, options, chunk);
    return yield* index.finishSteps(options, chunk);
  }

  /** The first half of a build: every article analysed, its speakers given their final names. */
  static *analysisSteps(sources: readonly SourceArticle[], options: BuildIndexOptions, chunk: number): Steps<BuiltCorpusIndex> {
    const index = new BuiltCorpusIndex(new Array(sources.length));
    if (options.aliases) index.registry.applyAliases(options.aliases);
    const analyses: ArticleAnalysis[] | undefined = options.keepAnalyses ? new Array(sources.length) : undefined;
    const take = (i: number, article: AnalyzedArticle, analysis: ArticleAnalysis) => {
      index.articles[i] = article;
      if (analyses) analyses[i] = analysis;
    };
    // Articles given an earlier build's analysis (which may be an index's still answering, a language server's) have
    // it copied below; the others' analyses and quotes were made here, and their speakers are set in place. Copied, a
    // cold build's 300,000 quotes of 10,000 articles went through the young generation a second time, and the first
    // copies, by then in the old one, were its garbage.
    const given = new Uint8Array(sources.length);
    const earlier = options.earlier && ((i: number) => {
      const analysis = options.earlier!(i);
      if (analysis) given[i] = 1;
      return analysis;
    });
    yield* analyzeSources(sources, index.registry, take, chunk, earlier, index.passes);
    index.registry.invalidate();
    for (let i = 0; i < index.articles.length; i++) {
      const article = index.articles[i];
      if (!given[i]) {
        for (const quote of article.quotes) if (quote.speaker) (quote as { speaker: Speaker }).speaker = currentSpeaker(index.registry, quote.speaker);
      } else {
        index.articles[i] = { ...article, quotes: article.quotes.map((q) => index.refreshSpeaker(q)) };
        if (analyses) {
          const { text, lineStarts, paragraphs, sentences, quotes } = index.articles[i];
          analyses[i] = { ...analyses[i], analyzed: { text, lineStarts, paragraphs, sentences, quotes } };
        }
      }
      index.byId.set(article.id, i);
      if (i % chunk === chunk - 1) yield;
    }
    index.analyses = analyses;
    return index;
  }

  /** The second half: the word index (from `words` when they were made elsewhere from the same texts), the quote index, the speakers. */
  *finishSteps(options: BuildIndexOptions, chunk: number, words?: WordIndexParts): Steps<BuiltCorpusIndex> {
    const index = this;
    yield;
    const texts = index.articles.map((a) => a.text);
    index.words = words ? yield* WordIndex.restoreSteps(words, (a) => texts[a]) : yield* WordIndex.steps(texts, options.earlierWords);
    yield;
    index.quotes = yield* QuoteIndex.steps(index.articles, index.words, chunk);
    yield;
    const counts = new Map<string, { speaker: Speaker; n: number }>();
    for (const a of index.articles) {
      for (const q of a.quotes) {
        if (!q.speaker) continue;
        const c = counts.get(q.speaker.key);
        if (c) c.n++;
        else counts.set(q.speaker.key, { speaker: q.speaker, n: 1 });
      }
    }
    // Names in code-unit order among equals: a locale's collation would start ICU (milliseconds) for a tie-break. Two
    // people of one name and count are put in the order of their keys, so that an index updated in place (indexUpdate)
    // lists them as a fresh build does.
    const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    index.speakers = [...counts.values()].sort((a, b) => b.n - a.n || byName(a.speaker.name, b.speaker.name) || byName(a.speaker.key, b.speaker.key)).map((c) => c.speaker);
    return index;
  }

  /** Speakers were made while names were still being learnt: give each its final display name. */
  private refreshSpeaker(quote: AttributedQuote): AttributedQuote {
    return quote.speaker ? { ...quote, speaker: currentSpeaker(this.registry, quote.speaker) } : quote;
  }

  article(id: string): AnalyzedArticle | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.articles[i];
  }

  quotesBy(speakerKey: string): Array<{ article: AnalyzedArticle; quote: AttributedQuote }> {
    const out: Array<{ article: AnalyzedArticle; quote: AttributedQuote }> = [];
    for (const article of this.articles) {
      for (const quote of article.quotes) {
        if (quote.speaker && (quote.speaker.key === speakerKey || quote.speaker.members?.includes(speakerKey))) out.push({ article, quote });
      }
    }
    return out;
  }

  private location(article: AnalyzedArticle, span: TextSpan): SourceLocation {
    return { sourceId: article.id, start: span.start, end: span.end, ...positionAt(article.lineStarts, span.start) };
  }

  find(text: string, limit = 10): PassageMatch[] {
    return this.search.find(text, limit).map((hit) => {
      const article = this.articles[hit.passage.article];
      const passageText = article.text.slice(hit.passage.span.start, hit.passage.span.end);
      const score = hit.score;
      const quote = hit.passage.kind === 'quote' ? article.quotes[hit.passage.item] : null;
      const context = quote ? article.sentences[quote.sentence] : article.sentences[hit.passage.item];
      return {
        kind: hit.passage.kind,
        location: this.location(article, hit.passage.span),
        text: passageText,
        context: { start: context.start, end: context.end },
        speaker: quote?.speaker ?? null,
        score: Math.round(score * 1000) / 1000,
      };
    });
  }

  complete(prefix: string, limit = 10): QuoteCompletion[] {
    const out: QuoteCompletion[] = [];
    const seen = new Set<string>();
    const add = (article: AnalyzedArticle, quote: AttributedQuote, start: number, end: number, score: number) => {
      const text = article.text.slice(start, end);
      const key = `${normalizePhrase(text)}|${quote.speaker?.key ?? ''}`;
      if (seen.has(key) || !text.trim()) return;
      seen.add(key);
      const sentence = article.sentences[quote.sentence];
      out.push({ quote: text, speaker: quote.speaker, location: this.location(article, { start, end }), context: article.text.slice(sentence.start, sentence.end), score });
    };
    for (const c of this.quotes.complete(prefix, limit)) {
      if (out.length >= limit) break;
      const article = this.articles[c.article];
      add(article, article.quotes[c.quote], c.start, c.end, c.atQuoteStart ? 1 : 0.8);
    }
    // Typos and words out of order, when the words as typed begin no quote.
    if (out.length === 0 && /\p{L}{2}/u.test(prefix)) {
      for (const hit of this.quotes.findFuzzy(prefix, limit)) {
        const article = this.articles[hit.article];
        const quote = article.quotes[hit.quote];
        add(article, quote, quote.textStart, quote.textEnd - (/[,;:]\s*$/.test(quote.text) ? 1 : 0), 0.5 * hit.score);
      }
    }
    return out;
  }

  matchClaim(sentence: string, minScore = CLAIM_MATCH_SCORE): PassageMatch | null {
    const words = (text: string) => new Set(text.split(SPLIT).map((t) => processTerm(t)).filter((t): t is string => !!t));
    const claim = words(sentence);
    if (claim.size < 4) return null;
    let best: PassageMatch | null = null;
    for (const m of this.find(sentence, 5)) {
      if (m.kind !== 'sentence') continue;
      const source = words(m.text);
      let shared = 0;
      for (const w of claim) if (source.has(w)) shared++;
      const dice = (2 * shared) / (claim.size + source.size);
      if (dice >= minScore && (!best || dice > best.score)) best = { ...m, score: Math.round(dice * 1000) / 1000 };
    }
    return best;
  }

  resolveSpeaker(mention: string): Speaker | null {
    const words = mention.trim().split(/\s+/).filter(Boolean);
    if (!words.length) return null;
    const record = this.registry.lookupName(words) ?? this.registry.lookupRole(words);
    if (record) return this.registry.toSpeaker(record);
    const key = normalizeName(words).join(' ');
    return this.speakers.find((s) => s.key === key || normalizePhrase(s.name) === normalizePhrase(mention)) ?? null;
  }

  /** Whether a hit's fragments lie in quotations of one speaker, two or more, with no other quotation between. */
  private joinsOneSpeaker(hit: WordHit): boolean {
    if (!hit.fragments) return false;
    const overlapping = this.articles[hit.article].quotes.filter((q) => q.textStart < hit.end && q.textEnd > hit.start);
    const joined = joinedQuotations(hit.fragments, overlapping, (q) => ({ start: q.textStart, end: q.textEnd }), (q) => q.speaker?.key ?? null);
    return joined !== null && joined.length === overlapping.length;
  }

  private toMatch(hit: WordHit): SourceMatch {
    const article = this.articles[hit.article];
    const quotes = article.quotes;
    const overlapping = quotes.filter((q) => q.textStart < hit.end && q.textEnd > hit.start);
    const inside = overlapping.find((q) => q.textStart <= hit.start && hit.end <= q.textEnd) ?? overlapping[0] ?? null;
    const sentence = article.sentences[lastStartingBy(article.sentences, hit.start)];
    const speaker = inside?.speaker ?? null;
    const joined = hit.fragments ? joinedQuotations(hit.fragments, overlapping, (q) => ({ start: q.textStart, end: q.textEnd }), (q) => q.speaker?.key ?? null) : null;
    return {
      location: this.location(article, hit),
      sourceText: article.text.slice(hit.start, hit.end),
      sourceQuote: inside,
      ...(joined ? { joinedQuotes: joined } : {}),
      speaker,
      speakerSpelling: speaker ? spellingIn(this.registry, article.text, speaker) : null,
      context: { start: sentence?.start ?? hit.start, end: Math.max(sentence?.end ?? hit.end, hit.end) },
      contextText: sentence ? article.text.slice(sentence.start, sentence.end) : undefined,
      similarity: hit.similarity,
    };
  }

  locate(quotedText: string): LocatedQuote {
    const words = quoteWords(quotedText);
    const exact = this.words.findExact(words).map((hit) => this.toMatch(hit));
    if (exact.length) return { exact, closest: null };
    // Sentences a source holds apart with its attribution or an aside between (`"...," Kral said. "..."`): found as
    // they stand there, but only where each lies in one of a speaker's quotations, one after the other, so that the
    // words between are the reporter's and not the speaker's left out.
    const sentences = sentenceWords(quotedText);
    const joined = sentences ? this.words.findExact(sentences).filter((hit) => this.joinsOneSpeaker(hit)).map((hit) => this.toMatch(hit)) : [];
    if (joined.length) return { exact: joined, closest: null };
    const hit = this.words.findClosest(words.segments.flat(), ALTERED_QUOTE_SIMILARITY);
    if (!hit) return { exact, closest: null };
    const closest = this.toMatch(hit);
    let rendering: SourceMatch | null | undefined;
    return { exact, closest, otherRendering: () => (rendering === undefined ? (rendering = otherRenderingOf(this.words, (other) => this.toMatch(other), words.segments.flat(), hit, closest)) : rendering) };
  }
}

/** What an index is made of: enough to persist it and to put it together again without analysing anything. */
export interface CorpusIndexParts {
  readonly articles: readonly AnalyzedArticle[];
  readonly registry: SpeakerRegistry;
  readonly speakers: readonly Speaker[];
  readonly words: WordIndexParts;
  readonly quotes: QuoteIndexParts;
}

/** A persisted index's parts with changed articles among them: the quotes as refs (made into the quote index when first used), and the passes the update took and made. */
export type AssembledParts = Omit<CorpusIndexParts, 'quotes'> & {
  readonly quoteRefs: (words: WordIndex) => Int32Array;
  readonly passes?: { readonly taken: number; readonly analysed: number };
};

/** The parts of an index this engine built (undefined for another implementation of CorpusIndex). */
export function corpusIndexParts(index: CorpusIndex): CorpusIndexParts | undefined {
  return index instanceof BuiltCorpusIndex ? index.parts : undefined;
}

/** Lets go of the analyses an index kept for persisting it. */
export function forgetAnalyses(index: CorpusIndex): void {
  if (index instanceof BuiltCorpusIndex) index.analyses = undefined;
}

/**
 * Makes in steps what an index read back from a persisted index would make at once at the first completion (a
 * language server runs it in its slices once the index is in use); nothing for an index whose build made them.
 */
export function prepareCompletionSteps(index: CorpusIndex): Steps<void> {
  return index instanceof BuiltCorpusIndex ? index.prepareCompletionSteps() : nothingToMake();
}

function* nothingToMake(): Steps<void> {}

/** An index put together from its parts, in steps (a language server answers requests in between). */
export function restoreCorpusIndexSteps(parts: CorpusIndexParts): Steps<CorpusIndex> {
  return BuiltCorpusIndex.restoreSteps(parts);
}

/** An index put together from a persisted index's parts with changed articles among them, in steps (see patchedIndex). */
export function assembleCorpusIndexSteps(parts: AssembledParts): Steps<CorpusIndex> {
  return BuiltCorpusIndex.assembleSteps(parts);
}

/** Builds the index at once (the CLI, the tests). */
export function buildCorpusIndex(articles: readonly SourceArticle[], options: BuildIndexOptions = {}): CorpusIndex {
  return runSteps(BuiltCorpusIndex.steps(articles, options));
}

/**
 * Builds the index at once while `words`, the word index's parts of the same texts in order, are made elsewhere
 * (another thread, started before this is called): the analysis, which does not need them, runs here meanwhile.
 * When `words` fails, or gives parts of another number of texts, the word index is built here after all. `analysed`
 * is told when the analysis is done and the build waits for `words` (the other thread then skips what can wait).
 */
export async function buildCorpusIndexBeside(articles: readonly SourceArticle[], options: BuildIndexOptions, words: Promise<WordIndexParts>, analysed?: () => void): Promise<CorpusIndex> {
  const settled = words.then((parts) => (parts.firstToken.length === articles.length + 1 ? parts : undefined), () => undefined);
  const index = runSteps(BuiltCorpusIndex.analysisSteps(articles, options, 200));
  analysed?.();
  return runSteps(index.finishSteps(options, 200, await settled));
}

/** Builds the index a few hundred articles at a time, leaving the event loop free in between (the editor). */
export function buildCorpusIndexAsync(articles: readonly SourceArticle[], options: BuildIndexOptions = {}): Promise<CorpusIndex> {
  return runStepsAsync(BuiltCorpusIndex.steps(articles, options));
}

/**
 * Builds the index in slices of about `sliceMs` (a language server's thread answers requests in between), yielding
 * every few articles; reports the longest step, the longest the thread was held at once. `pause` runs between slices
 * (a timer by default); a caller stops the build there by throwing.
 */
export async function buildCorpusIndexInSlices(articles: readonly SourceArticle[], options: BuildIndexOptions = {}, sliceMs = 20, pause?: () => Promise<void>): Promise<{ index: CorpusIndex; timing: SliceTiming }> {
  const { value, timing } = await runStepsInSlices(BuiltCorpusIndex.steps(articles, options, 4), sliceMs, pause);
  return { index: value, timing };
}
