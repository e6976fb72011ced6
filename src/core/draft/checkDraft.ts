// Checks a draft against the sources: every quotation in the draft, who the draft says said it, and
// whether the sources agree (same words, same speaker). A finding only where the sources disagree;
// a false alarm is worse than a miss.
import { analyzeDraft, DraftAnalysisCache, type QuoteChange } from './analyzeDraft';
import { QuoteFinding, QuoteReport, type Judgement } from './quoteReport';
import { replaceRange } from './replaceRange';
import type { TextChange } from './textEdit';
import { SweptCache } from './sweptCache';
import type { CorpusIndex } from '../index/corpusIndex';
import type { LocatedQuote, SourceIndex } from '../index/sourceIndex';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import { ignoreMatcher, type IgnoreList } from './ignoreList';
import type { TextFormat } from '../text/maskMarkup';
import { judge, type Verdict } from './judgeQuote';
import { SamePersonMemo } from './samePersonMemo';
import type { AnalyzedText, SourceArticle, AttributedQuote, DraftQuoteReport, Finding, FindingCode, Severity } from '../types';
import { diffQuote, type QuoteDifference } from './quoteDiff';
import { codeOf, message, sourceName, type Describe } from './findingMessage';

import { samePersonIn } from './quoteEvidence';
import { DraftSurroundings } from './draftSurroundings';

export { sameSpeaker } from './quoteEvidence';
export { codeOf, sourceName } from './findingMessage';

export interface CheckOptions {
  readonly severities?: Partial<Record<FindingCode, Severity>>;
  readonly ignore?: IgnoreList;
  /**
   * Reuse what did not change since the last check of the same document (paragraphs, attributions, located quotes,
   * reports and findings). A report made with a cache is the document's until the next check with that cache: the
   * quotes, reports and findings of paragraphs an edit only moved are kept, and read their new offsets through their
   * paragraph's place (so a keystroke visits none of the quotes after it), and the report's arrays and line starts
   * are changed in place.
   */
  readonly cache?: DraftCheckCache;
  /**
   * What changed since the last check with `cache`, as the editor tells it (offsets in the last text: `[start,
   * oldEnd)` became `[start, newEnd)` of this one): the texts are then not compared to find it. An `edit` that does
   * not fit the two texts is not used.
   */
  readonly edit?: TextChange;
  /** How to read the draft. Default `markdown` (which reads plain text just as well). */
  readonly format?: TextFormat;
  /** How messages name a source (its title and outlet); default: the index's title of the article. */
  readonly describeSource?: (sourceId: string) => string;
  /** A source's text, for the words around its quotes (whose words a moderator reads out); default: the index's article. */
  readonly sourceText?: SourceText;
}

type SourceText = (sourceId: string) => string | undefined;

/** For a check that has no source's text at hand (one function, so that judgements made with it are kept). */
const NO_SOURCE_TEXT: SourceText = () => undefined;

export interface DraftReport {
  readonly analyzed: AnalyzedText;
  /** Every quotation in the draft, with its verdict (`matches` included). */
  readonly quotes: readonly DraftQuoteReport[];
  /** The quotes that deserve a finding, ignored ones left out. */
  readonly findings: readonly Finding[];
}

export const DEFAULT_SEVERITIES: Readonly<Record<FindingCode, Severity>> = {
  'misattributed-quote': 'warning',
  'distorted-quote': 'error',
  'altered-quote': 'warning',
  'unsourced-quote': 'information',
  'variant-quote': 'information',
};

/** Per-document memo: the draft's paragraphs and attributions, and where each quoted wording stands in the sources, so a keystroke re-reads only the paragraph it changed. */
export class DraftCheckCache {
  /** The draft's paragraphs and attribution windows, for re-reading only what changed. */
  readonly analysis = new DraftAnalysisCache();
  private readonly located = new SweptCache<LocatedQuote>();
  private index: CorpusIndex | SourceIndex | null = null;
  private describer: { readonly index: CorpusIndex; readonly describe: Describe } | null = null;
  private texts: { readonly index: CorpusIndex; readonly text: SourceText } | null = null;
  private useIndex(index: CorpusIndex | SourceIndex): void {
    if (index !== this.index) {
      this.index = index;
      this.located.clear();
    }
  }

  /** How messages name the index's sources by default: one function while the index stays, so findings' messages are kept. */
  describerFor(index: CorpusIndex): Describe {
    if (this.describer?.index !== index) this.describer = { index, describe: (id: string) => sourceName(index.article(id), id) };
    return this.describer.describe;
  }

  /** The index's source texts: one function while the index stays, so judgements are kept. */
  sourceTextFor(index: CorpusIndex): SourceText {
    if (this.texts?.index !== index) this.texts = { index, text: (id: string) => index.article(id)?.text };
    return this.texts.text;
  }

  locate(index: CorpusIndex, text: string): LocatedQuote {
    this.useIndex(index);
    return this.located.get(text, () => index.locate(text));
  }

  /** Where each quote of `analyzed` stands: kept on the quote's memo while its paragraph stays, else asked (once a wording). */
  locateQuotes(index: CorpusIndex, analyzed: AnalyzedText): LocatedQuote[] {
    const memos = this.analysis.memosOf(analyzed);
    // The quotes before and after the edit are those of the last check: their places are taken as they were.
    const generation = this.analysis.generation;
    const last = this.lastLocated;
    const change = memos && last?.index === index ? this.analysis.changedSince(analyzed, last.generation, last.values.length) : null;
    const from = change?.from ?? 0;
    const to = change?.newEnd ?? analyzed.quotes.length;
    const located: LocatedQuote[] = [];
    for (let i = from; i < to; i++) {
      const memo = memos?.[i] as CheckedQuote | undefined;
      if (memo?.located?.index === index) located.push(memo.located.value);
      else {
        const value = this.locate(index, analyzed.quotes[i].text);
        if (memo) memo.located = { index, value };
        located.push(value);
      }
    }
    // The last check's array, its edited range replaced in place (a new one when nothing is kept).
    const values = change ? last!.values : located;
    if (change) replaceRange(values, from, change.oldEnd - from, located);
    this.lastLocated = memos ? { index, generation, values } : null;
    return values;
  }

  /** @internal The last check's places, reports and findings, and what they were made with, for taking those of the quotes before an edit as they were. */
  lastLocated: { readonly index: CorpusIndex; readonly generation: number; readonly values: LocatedQuote[] } | null = null;
  /** @internal */
  lastJudged: JudgedDraft | null = null;

  /** Where each text stands, asking the index (one call) only for those not located before. */
  async locateAll(index: SourceIndex, texts: readonly string[]): Promise<LocatedQuote[]> {
    this.useIndex(index);
    const missing = [...new Set(texts.filter((t) => !this.located.has(t)))];
    const found = missing.length ? await index.locate(missing) : [];
    if (this.index !== index) return this.locateAll(index, texts); // another index came in while this one answered
    const fresh = new Map(missing.map((t, i) => [t, found[i]]));
    return texts.map((t) => this.located.get(t, () => fresh.get(t)!));
  }

  /**
   * Keeps the memo within twice the document's quotes: when it grows past that, only the wordings the document
   * quotes now stay. Seldom, so that the common keystroke does not visit every quote; and a wording whose paragraph
   * changed elsewhere is found here, not asked of the index again.
   */
  sweep(current: readonly { readonly text: string }[]): void {
    if (this.located.size > 2 * current.length + 64) this.located.keepOnly(new Set(current.map((quote) => quote.text)));
  }

  get size(): number {
    return this.located.size;
  }
}


/** A check's reports and findings, with what they were made of. */
interface JudgedDraft {
  /** The analysis judged (DraftAnalysisCache.generation). */
  readonly generation: number;
  readonly located: readonly LocatedQuote[];
  readonly registry: SpeakerRegistry;
  readonly severities: Readonly<Record<FindingCode, Severity>>;
  readonly describe: Describe;
  readonly sourceText: SourceText;
  readonly ignore: IgnoreList | undefined;
  // Changed in place by the next check that keeps some of them.
  readonly reports: DraftQuoteReport[];
  readonly findings: Finding[];
  /** `findingsBefore[i]`: how many findings the quotes before quote i have. */
  readonly findingsBefore: number[];
}

/**
 * Which quotes of a check are not those the last check judged (`[from, newEnd)` for its `[from, oldEnd)`): the
 * others keep their reports and findings, while the places, people and options are the same. Null: judge them all.
 */
function changedSinceJudged(last: JudgedDraft | null, cache: DraftCheckCache | undefined, analyzed: AnalyzedText, located: readonly LocatedQuote[], registry: SpeakerRegistry, severities: JudgedDraft['severities'], describe: Describe, sourceText: SourceText, ignore: IgnoreList | undefined): QuoteChange | null {
  // The places of the quotes kept were kept with them (the same array, changed in place) when the index is the same.
  if (!last || !cache || last.located !== located || last.registry !== registry || last.severities !== severities || last.describe !== describe || last.sourceText !== sourceText || last.ignore !== ignore) return null;
  return cache.analysis.changedSince(analyzed, last.generation, last.reports.length);
}

/** What a check keeps on a quote's memo (analyzeDraft's QuoteMemo): where its words stand, its report and its finding, with what they were made from. */
interface CheckedQuote {
  located?: { readonly index: CorpusIndex; readonly value: LocatedQuote };
  judged?: { readonly located: LocatedQuote; readonly registry: SpeakerRegistry; readonly sourceText: SourceText; readonly quote: AttributedQuote; readonly judgement: Judgement; readonly report: QuoteReport };
  /** The finding (`null`: none) made of `report` with that severity, message wording and ignore list. */
  found?: { readonly report: DraftQuoteReport; readonly severities: Readonly<Record<FindingCode, Severity>>; readonly describe: Describe; readonly ignore: IgnoreList | undefined; readonly finding: Finding | null };
}

const ELLIPSIS = /\.\s?\.\s?\.|\u2026/;

/** What differs between a quote and the source's wording, where something does. */
function differenceOf(quote: AttributedQuote, { verdict, match, difference: judged }: Verdict, shortened: boolean, registry: SpeakerRegistry): QuoteDifference | null {
  if (!match) return null;
  const worded = verdict === 'altered' || verdict === 'variant' || (verdict === 'misattributed' && match.similarity < 1) || shortened;
  if (!worded) return null;
  // The verdict's own diff, where it made one, is this one: the same wordings, compared with the same people.
  const difference = judged ?? diffQuote(quote.text, match.sourceText, { samePerson: samePersonIn(registry) });
  return difference.typographic ? null : difference;
}

/** The draft's sentence around a quote (the roles it gives the speaker). */
function sentenceOf(analyzed: AnalyzedText, quote: AttributedQuote): string {
  const sentence = analyzed.sentences[quote.sentence];
  if (!sentence) return '';
  return analyzed.text.slice(Math.min(sentence.start, quote.start), Math.max(sentence.end, quote.end));
}

/** Step 1 of a check: the draft's quotations and who the draft says said each, read against the sources' people. */
export function readDraft(text: string, registry: SpeakerRegistry, options: CheckOptions = {}): AnalyzedText {
  return analyzeDraft(text, options.format ?? 'markdown', registry, (options.cache ?? new DraftCheckCache()).analysis, options.edit);
}

/** Checks every quotation of a draft against the embedded index (synchronous: the editor's typing path). */
export function checkDraft(text: string, index: CorpusIndex, options: CheckOptions = {}): DraftReport {
  const cache = options.cache ?? new DraftCheckCache();
  const analyzed = readDraft(text, index.registry, { ...options, cache });
  const describeSource = options.describeSource ?? cache.describerFor(index);
  const sourceText = options.sourceText ?? cache.sourceTextFor(index);
  return judgeDraft(analyzed, cache.locateQuotes(index, analyzed), index.registry, { ...options, cache, describeSource, sourceText });
}

/** Checks a draft against any index, a database too: read the draft, locate all its quotes in one call, judge. */
export async function checkDraftAsync(text: string, index: SourceIndex, options: CheckOptions = {}): Promise<DraftReport> {
  const cache = options.cache ?? new DraftCheckCache();
  const analyzed = readDraft(text, index.registry, { ...options, cache });
  const generation = cache.analysis.generation;
  // Another check of the document while this one waited changed its analysis in place (a newer text): this text is
  // then checked on its own.
  const overtaken = () => cache.analysis.generation !== generation;
  const located = await cache.locateAll(index, analyzed.quotes.map((quote) => quote.text));
  if (overtaken()) return checkDraftAsync(text, index, { ...options, cache: undefined });
  if (options.describeSource) return judgeDraft(analyzed, located, index.registry, { ...options, cache });
  // Messages name sources by title: judge, fetch the articles the findings point to (once each), judge again (cheap).
  const first = judgeDraft(analyzed, located, index.registry, { ...options, cache });
  const articles = new Map<string, SourceArticle | undefined>();
  for (const id of new Set(first.findings.flatMap((f) => (f.source ? [f.source] : [])))) articles.set(id, await index.source(id));
  if (articles.size === 0) return first;
  if (overtaken()) return checkDraftAsync(text, index, { ...options, cache: undefined });
  return judgeDraft(analyzed, located, index.registry, { ...options, describeSource: (id) => sourceName(articles.get(id), id), sourceText: options.sourceText ?? ((id) => articles.get(id)?.text) });
}

/** The last step of a check: each quote's verdict from where it stands in the sources (`located[i]` for quote i) and what the sources' people tell, and the findings. */
export function judgeDraft(analyzed: AnalyzedText, located: readonly LocatedQuote[], registry: SpeakerRegistry, options: CheckOptions = {}): DraftReport {
  const severities = severitiesOf(options.severities);
  const describe: Describe = options.describeSource ?? ((id) => id);
  const sourceText = options.sourceText ?? NO_SOURCE_TEXT;
  const samePeople = new SamePersonMemo(registry);
  const judgeAnew = (i: number, at: LocatedQuote): Judgement => {
    const quote = analyzed.quotes[i];
    const sentence = sentenceOf(analyzed, quote);
    const surroundings = new DraftSurroundings(analyzed, i, quote, sourceText);
    const judged = judge(quote, at, registry, sentence, surroundings, samePeople);
    const { verdict, match, alsoIn } = judged;
    const shortened = match !== null && match.similarity === 1 && ELLIPSIS.test(quote.text);
    const judgement: Judgement = { verdict, match, alsoIn: alsoIn.map((m) => m.location), shortened, difference: differenceOf(quote, judged, shortened, registry) };
    return judged.recalled ? { ...judgement, recalled: true } : judgement;
  };
  // A quote whose paragraph, speaker and place in the sources did not change keeps its judgement (and its report,
  // which stands where its quote stands, when the quote is the same object).
  const memos = options.cache?.analysis.memosOf(analyzed) ?? null;
  const cache = options.cache;
  const last = cache?.lastJudged ?? null;
  const change = changedSinceJudged(last, cache, analyzed, located, registry, severities, describe, sourceText, options.ignore);
  const from = change?.from ?? 0;
  const to = change?.newEnd ?? analyzed.quotes.length;
  let ignored: ReturnType<typeof ignoreMatcher> | null | undefined;
  const findingOf = (report: DraftQuoteReport): Finding | null => {
    const code = codeOf(report);
    if (!code) return null;
    // A quote still being typed (no closing mark yet) is only worth a word when its words are someone else's.
    if (report.unclosed && report.verdict !== 'misattributed') return null;
    if (ignored === undefined) ignored = options.ignore?.entries.length ? ignoreMatcher(options.ignore, registry) : null;
    if (ignored?.(report.text, report.claimedSpeaker)) return null;
    return new QuoteFinding({
      code,
      severity: severities[code],
      message: message(report, describe),
      quote: report.text,
      claimedSpeaker: report.claimedSpeaker?.name ?? null,
      // Recalled words are someone else's, whom the sources do not name as their speaker.
      sourceSpeaker: report.recalled ? null : (report.match?.speaker?.name ?? null),
      source: report.match?.location.sourceId ?? null,
      sourceText: report.match?.sourceText ?? null,
      sourceLocation: report.match?.location ?? null,
      report,
    });
  };
  // The reports, findings and finding counts of the quotes judged here.
  const reports: DraftQuoteReport[] = [];
  const found: Finding[] = [];
  const foundBefore: number[] = [];
  for (let i = from; i < to; i++) {
    const quote = analyzed.quotes[i];
    foundBefore.push(found.length);
    const memo = memos?.[i] as CheckedQuote | undefined;
    const kept = memo?.judged;
    const judgement = kept && kept.located === located[i] && kept.registry === registry && kept.sourceText === sourceText ? kept.judgement : judgeAnew(i, located[i]);
    let report: QuoteReport;
    if (kept?.judgement === judgement && kept.quote === quote) report = kept.report;
    else {
      report = new QuoteReport(quote, judgement);
      if (memo) memo.judged = { located: located[i], registry, sourceText, quote, judgement, report };
    }
    reports.push(report);
    // The finding: kept with its message while its report and what the message is made of stay.
    const made = memo?.found;
    let finding: Finding | null;
    if (made && made.report === report && made.severities === severities && made.describe === describe && made.ignore === options.ignore) finding = made.finding;
    else {
      finding = findingOf(report);
      if (memo) memo.found = { report, severities, describe, ignore: options.ignore, finding };
    }
    if (finding) found.push(finding);
  }
  let quotes = reports;
  let findings = found;
  let findingsBefore = foundBefore;
  if (change && last) {
    // The last check's arrays, the edited range replaced in place: the quotes after it (and their reports and
    // findings) only moved, and are not visited.
    ({ reports: quotes, findings, findingsBefore } = last);
    const firstFinding = findingsBefore[from];
    const oldFindings = findingsBefore[change.oldEnd] - firstFinding;
    replaceRange(quotes, from, change.oldEnd - from, reports);
    replaceRange(findings, firstFinding, oldFindings, found);
    replaceRange(findingsBefore, from, change.oldEnd - from, foundBefore.map((n) => n + firstFinding));
    const shift = found.length - oldFindings;
    if (shift !== 0) for (let i = to; i < findingsBefore.length; i++) findingsBefore[i] += shift;
  } else findingsBefore.push(found.length);
  if (cache) {
    cache.sweep(analyzed.quotes);
    cache.lastJudged = memos ? { generation: cache.analysis.generation, located, registry, severities, describe, sourceText, ignore: options.ignore, reports: quotes, findings, findingsBefore } : null;
  }
  return { analyzed, quotes, findings };
}

let lastSeverities: { readonly given: CheckOptions['severities']; readonly all: Readonly<Record<FindingCode, Severity>> } | null = null;

/** The severity of each code: the same object for the same settings (an edit keeps its findings). */
function severitiesOf(given: CheckOptions['severities']): Readonly<Record<FindingCode, Severity>> {
  if (!given) return DEFAULT_SEVERITIES;
  if (lastSeverities && sameSeverities(lastSeverities.given!, given)) return lastSeverities.all;
  const all = { ...DEFAULT_SEVERITIES, ...given };
  lastSeverities = { given: { ...given }, all };
  return all;
}

function sameSeverities(a: Partial<Record<FindingCode, Severity>>, b: Partial<Record<FindingCode, Severity>>): boolean {
  const codes = Object.keys(DEFAULT_SEVERITIES) as FindingCode[];
  return codes.every((code) => a[code] === b[code]);
}
