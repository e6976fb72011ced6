// The sources analysed in order on one speaker registry, as every index of them needs it (the embedded index,
// the PostgreSQL archive): each article learns its names and attributes its quotes; an article left with a quote
// whose speaker might be named elsewhere (`the Kremlin spokesman said`, a role introduced in a later article)
// gets a second look once every article's names are known.
import { toAnalyzedText } from '../attribution/analyzeText';
import { attributeQuotes, attributeTranscript } from '../attribution/attributeSpeaker';
import { findNames, learnNames } from '../attribution/findNames';
import { functionWordSurnames, markFunctionWordSurnames } from '../attribution/functionWordSurnames';
import { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { TextFormat } from '../text/maskMarkup';
import { prepareText } from '../text/prepareText';
import type { AnalyzedArticle, AnalyzedText, AttributedQuote, SourceArticle, Speaker } from '../types';
import { AnsweredValues, replayTrace, TraceMismatch, TraceOp, TracingRegistry, type AnalysisTrace, type ReplayedCalls } from './analysisTrace';
import type { Steps } from './stepwise';
import { changesRegistry, DirtyTokens, type StoredTouches } from './storedTouches';
import { applyTrace, TraceApplier } from './traceApplier';
import { addChanged, addWrites, CallTokens, untouched } from './traceTouches';

export function formatOfPath(path: string): TextFormat {
  return /\.(md|markdown)$/i.test(path) ? 'markdown' : 'plain';
}

function mightResolveLater(quote: AttributedQuote): boolean {
  return (!quote.speaker && !quote.isTerm && quote.method === 'none') || quote.speaker?.kind === 'description';
}

/**
 * An article's analysis as a build made it, to be taken again by a later build (a persisted index): the calls each
 * pass made on the registry, and the final analysis (the second pass's, when the article needed one).
 */
export interface ArticleAnalysis {
  readonly firstPass: AnalysisTrace;
  /** Null when the first pass was final. */
  readonly secondPass: AnalysisTrace | null;
  readonly analyzed: AnalyzedText;
  /** What each pass's calls touch and change, when stored with it (a persisted base's article): read instead of the calls. */
  readonly stored?: StoredTouches;
  /** Makes a pass's changes on the registry from its stored calls, without decoding them whole, when it can (a persisted base's article). */
  readonly applyStored?: (second: boolean, applier: TraceApplier) => void;
}

/** Whether the analysis took a second pass (told by its stored tokens when it has them, without reading its calls). */
function takesSecondPass(analysis: ArticleAnalysis): boolean {
  return analysis.stored ? analysis.stored.second !== null : analysis.secondPass !== null;
}

/**
 * The function words each article's people have for surnames (`Al From`), from its first pass, for its second: that
 * pass learns no names, yet reads `From said` as the first did. Keyed by the article, so it goes with it.
 */
const surnamesOfArticle = new WeakMap<SourceArticle, ReadonlySet<string>>();

/** One pass of an article's analysis, its calls made through `tracing`. */
function analyzeWith(source: SourceArticle, learn: boolean, tracing: TracingRegistry): AnalyzedText {
  const prepared = prepareText(source.text, formatOfPath(source.path), source.id);
  if (learn) surnamesOfArticle.set(source, learnNames(prepared, tracing));
  // A second pass whose first was taken from a stored trace (never run here) finds them again.
  else {
    let surnames = surnamesOfArticle.get(source);
    if (!surnames) surnamesOfArticle.set(source, (surnames = functionWordSurnames(findNames(prepared))));
    markFunctionWordSurnames(prepared, surnames);
  }
  return toAnalyzedText(prepared, attributeQuotes(prepared, tracing), attributeTranscript(prepared, tracing));
}

/**
 * The analysis of `source` (an article's new text) when it asks the speaker registry exactly what its `earlier`
 * analysis asked, call for call and pass for pass; else undefined. The earlier answers are then its answers (the
 * registry stood as it did), and the registry ends as it did: every other article's analysis stands. No registry is
 * read: the values are made from the trace (AnsweredValues); `aliases(key)`: a record's aliases from the alias table.
 */
export function analysisOnTrace(source: SourceArticle, earlier: ArticleAnalysis, aliases: (key: string) => ReadonlySet<string>): ArticleAnalysis | undefined {
  const values = new AnsweredValues(aliases);
  const tokens = new CallTokens();
  const repeat = (calls: AnalysisTrace, op: TraceOp, args: string) => repeatedCall(tokens, calls, op, args);
  const pass = (learn: boolean, trace: AnalysisTrace, repeat?: (calls: AnalysisTrace, op: TraceOp, args: string) => number | undefined) => {
    const tracing = new TracingRegistry(new SpeakerRegistry(), values.calls(trace), true, undefined, repeat);
    const analyzed = analyzeWith(source, learn, tracing);
    return tracing.calls.length >= trace.length ? { analyzed, trace: tracing.calls.length === trace.length ? trace : (tracing.calls as AnalysisTrace) } : undefined;
  };
  try {
    // Calls past the earlier ones (a quote added by someone the article names already) are answered by the same
    // call made before them, only when the article takes no second look: a second look would stand on them.
    const first = pass(true, earlier.firstPass, earlier.secondPass === null ? repeat : undefined);
    if (!first || first.analyzed.quotes.some(mightResolveLater) !== (earlier.secondPass !== null)) return undefined;
    if (earlier.secondPass === null) return { firstPass: first.trace, secondPass: null, analyzed: first.analyzed };
    const second = pass(false, earlier.secondPass);
    return second && { firstPass: earlier.firstPass, secondPass: earlier.secondPass, analyzed: second.analyzed };
  } catch (error) {
    if (error instanceof TraceMismatch) return undefined;
    throw error;
  }
}

/**
 * The latest of `calls` that is the call `op(args)` and whose answer stands for it, made now: a look-up none of whose
 * tokens a call after it changed (its answer reads only what its tokens stand for, see traceTouches; a display name
 * held in between is not read by a look-up), or a display name asked again (the first asking held it: the same
 * answer, and no change). A call that registers or adds anything is never repeated: the names would not end as they
 * did.
 */
export function repeatedCall(tokens: CallTokens, calls: AnalysisTrace, op: TraceOp, args: string): number | undefined {
  if (changesRegistry(op) && op !== TraceOp.ToSpeaker) return undefined;
  let q = calls.length - 1;
  while (q >= 0 && !(calls[q].op === op && calls[q].args === args)) q--;
  if (q < 0 || op === TraceOp.ToSpeaker) return q < 0 ? undefined : q;
  const read = tokens.touches(calls[q]);
  for (let k = q + 1; k < calls.length; k++) {
    if (calls[k].op === TraceOp.ToSpeaker) continue;
    for (const token of tokens.writes(calls[k])) if (read.includes(token)) return undefined;
  }
  return q;
}

/**
 * An article with its analysis: `{ ...source, ...analyzed }`, the same properties in the same order (both are plain
 * objects of data), made by Object.assign on a new object. A spread's copy takes a map of its own that V8 keeps no
 * transitions for, so each property the analysis adds went to the runtime: about 24,000 instructions an article in
 * callgrind of a cold build (244 M at 10,000 articles), where this takes the shared transitions of one shape.
 */
function articleOf(source: SourceArticle, analyzed: AnalyzedText): AnalyzedArticle {
  return Object.assign({}, source, analyzed);
}

/**
 * The sources to analyse, by number: an array, or a list that makes each when first asked for (an update takes most
 * articles from their traces and never reads their sources: making 10,000 of them held 1.6 MB).
 */
export interface SourceList {
  readonly length: number;
  at(i: number): SourceArticle | undefined;
}

/**
 * Analyses `sources` in order, calling `take(i, article, analysis)` once for each, as soon as its analysis is final
 * (most articles during the first pass, the ones that needed a second look after it). Yields every `chunk` articles.
 * Speakers keep the display name they had when attributed: see `currentSpeaker`.
 *
 * `earlier(i)`, when given, is what an earlier build made of article i (same text, same id): it is taken again when
 * its calls on the registry, made again, get the same answers, and read anew from where an answer changed.
 * The result is exactly that of analysing every article anew. `counts` tells how many passes were taken again and how many were analysed.
 * `kept(i)`, when given, is called instead of `take` for an article whose earlier analysis stands whole (no pass read
 * anew): a caller that has it already need not have it decoded.
 *
 * `changes`, when given, says what the earlier build held that `earlier` does not give: `previous(i)`, the earlier
 * analysis of an article now changed (the same file, in the same place among the others), and `gone`, those of the
 * articles no longer there. Then the registry is asked only where a change can have made an answer different: an
 * article none of whose calls touches a part of the registry changed so far (traceTouches) has its changes made
 * from its trace's answers, without asking. Without it, every trace is asked again.
 */
export function* analyzeSources(
  sources: SourceList,
  registry: SpeakerRegistry,
  take: (i: number, article: AnalyzedArticle, analysis: ArticleAnalysis) => void,
  chunk = 200,
  earlier: (i: number) => ArticleAnalysis | undefined = () => undefined,
  counts: { taken: number; analysed: number } = { taken: 0, analysed: 0 },
  kept?: (i: number) => void,
  changes?: { readonly previous: (i: number) => ArticleAnalysis | undefined; readonly gone: readonly ArticleAnalysis[] },
): Steps<void> {
  // The registry's parts (tokens) that may stand otherwise than they stood at this point of the earlier build: what a
  // gone article changed (from the start, to be safe), and what each article analysed anew changed otherwise.
  const dirty = changes && new DirtyTokens();
  const tokens = new CallTokens();
  const applier = new TraceApplier(registry);
  /** Marks what a pass of an earlier analysis changed: from its stored tokens when it has them (its calls not read). */
  const addPassWrites = (analysis: ArticleAnalysis | undefined, second: boolean) => {
    if (!analysis) return;
    if (!analysis.stored) return addWrites(dirty!, second ? analysis.secondPass : analysis.firstPass, tokens);
    const stored = second ? analysis.stored.second : analysis.stored.first;
    if (stored) dirty!.addWrites(stored);
  };
  for (const gone of changes?.gone ?? []) {
    addPassWrites(gone, false);
    addPassWrites(gone, true);
  }
  /** Whether no call of an earlier pass touches a dirty token (read from its stored tokens when it has them). */
  const untouchedPass = (analysis: ArticleAnalysis, second: boolean) => {
    const stored = analysis.stored && (second ? analysis.stored.second : analysis.stored.first);
    return stored ? !dirty!.meets(stored) : untouched(second ? analysis.secondPass! : analysis.firstPass, dirty!, tokens);
  };
  // The build's recorded call strings, each kept once (TracingRegistry), for as long as the build runs.
  const strings = new Map<string, string>();
  const analyze = (source: SourceArticle, learn: boolean, made: ReplayedCalls) => {
    const tracing = new TracingRegistry(registry, made, false, strings);
    return { analyzed: analyzeWith(source, learn, tracing) as AnalyzedText | null, trace: tracing.calls as AnalysisTrace };
  };
  /**
   * Pass one or two (`second`) of an article: made again from its earlier trace when every answer is the same
   * (analysis `null`: the earlier one stands), else read anew from where an answer changed.
   */
  const pass = (i: number, learn: boolean, earlierAnalysis: ArticleAnalysis | undefined, second: boolean, previous?: AnalysisTrace | null) => {
    const had = earlierAnalysis !== undefined && (!second || takesSecondPass(earlierAnalysis));
    if (had && dirty && untouchedPass(earlierAnalysis!, second)) {
      counts.taken++;
      // Its calls are read only if asked for later (a second pass analysed anew keeps the first's).
      if (earlierAnalysis!.applyStored) {
        earlierAnalysis!.applyStored(second, applier);
        return { analyzed: null, trace: null };
      }
      const before = second ? earlierAnalysis!.secondPass! : earlierAnalysis!.firstPass;
      applyTrace(before, registry, applier);
      return { analyzed: null, trace: before };
    }
    const before = had ? (second ? earlierAnalysis!.secondPass : earlierAnalysis!.firstPass) : undefined;
    const made = before ? replayTrace(before, registry) : [];
    if (made === undefined) {
      counts.taken++;
      return { analyzed: null, trace: before! };
    }
    counts.analysed++;
    const now = analyze(sources.at(i)!, learn, made);
    if (dirty) addChanged(dirty, before ?? previous, now.trace, tokens);
    return now;
  };
  // Each first pass's trace, null where it was taken from stored calls without reading them (see firstPass).
  const firstPasses: Array<AnalysisTrace | null> = new Array(sources.length);
  const firstPass = (i: number) => firstPasses[i] ?? earlier(i)!.firstPass;
  const firstTaken = new Uint8Array(sources.length);
  const later: number[] = [];
  for (let i = 0; i < sources.length; i++) {
    const before = earlier(i);
    const previous = before ? undefined : changes?.previous(i);
    const first = pass(i, true, before, false, previous?.firstPass);
    firstPasses[i] = first.trace;
    if (!first.analyzed) firstTaken[i] = 1;
    // Its second look, if it takes one, may differ from its earlier one: what that changed is dirty from here on.
    else if (dirty) addPassWrites(before ?? previous, true);
    // A first pass made again needed a second look exactly when it did before.
    // (A kept analysis's speakers carry their final names and kinds, so it is not asked again.)
    // A caller that keeps the earlier analysis itself is not given it: decoding it is most of what taking it costs.
    if (kept && !first.analyzed && !takesSecondPass(before!)) {
      kept(i);
      if (i % chunk === chunk - 1) yield;
      continue;
    }
    const analyzed = first.analyzed ?? (!takesSecondPass(before!) ? before!.analyzed : null);
    if (!analyzed || (first.analyzed && analyzed.quotes.some(mightResolveLater))) later.push(i);
    else take(i, articleOf(sources.at(i)!, analyzed), { firstPass: firstPass(i), secondPass: null, analyzed });
    if (i % chunk === chunk - 1) yield;
  }
  for (let k = 0; k < later.length; k++) {
    const i = later[k];
    const before = earlier(i);
    const second = pass(i, false, before, true, before ? undefined : changes?.previous(i)?.secondPass);
    if (kept && firstTaken[i] && !second.analyzed) kept(i);
    else {
      const analyzed = second.analyzed ?? before!.analyzed;
      take(i, articleOf(sources.at(i)!, analyzed), { firstPass: firstPass(i), secondPass: second.trace ?? before!.secondPass, analyzed });
    }
    if (k % chunk === chunk - 1) yield;
  }
  yield;
}

/** A speaker with the display name the registry gives it now (names were still being learnt when it was attributed). */
export function currentSpeaker(registry: SpeakerRegistry, speaker: Speaker): Speaker {
  const names = (speaker.members ?? [speaker.key]).map((key) => {
    const record = registry.record(key);
    return record ? registry.toSpeaker(record) : null;
  });
  if (names.some((n) => n === null)) return speaker;
  return speaker.members ? { ...speaker, name: names.map((n) => n!.name).join(' and ') } : names[0]!;
}

/** How an article writes a speaker's name (`Zelensky` where the canonical name is `Zelenskyy`), its fullest form first. */
export function spellingIn(registry: SpeakerRegistry, articleText: string, speaker: Speaker): string {
  const record = registry.record(speaker.key);
  if (!record || speaker.members) return speaker.name;
  const spellings = [...record.spellings.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (record.spellings.get(b) ?? 0) - (record.spellings.get(a) ?? 0));
  return spellings.find((s) => articleText.includes(s)) ?? speaker.name;
}
