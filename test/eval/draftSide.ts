// Draft side: each development article checked as a draft against the others as its sources. They report the
// same campaign and quote the same people, and real reporting seldom misattributes, so nearly every
// `misattributed-quote` warning here is a false alarm. The articles are split into folds; each fold is checked
// against an index of the other folds, so no article is ever its own source.
import { buildCorpusIndex, checkDraft, formatOfPath, type CorpusIndex, type DraftReport, type Finding, type SourceArticle } from '../../src/core';
import { describeSwaps, emptyTally, speakingPeople, trySwaps, type SwapTally } from './draftSwaps';

export interface DraftSample {
  readonly draft: string;
  readonly line: number;
  readonly quote: string;
  readonly message: string;
  /** The draft's sentence around the quote, and the source's sentence it was matched in: both, to judge the finding. */
  readonly draftSentence: string;
  readonly sourceSentence: string | null;
}

export interface DraftSideResult {
  readonly drafts: number;
  readonly quotes: number;
  readonly counts: Record<string, number>;
  readonly samples: Record<string, DraftSample[]>;
  /** The catch rate: misattributions made by swapping a quote's named speaker, and how many were caught. */
  readonly swaps: SwapTally;
}

const FOLDS = 4;

export function runDraftSide(articles: readonly SourceArticle[], sampleSize = 12): DraftSideResult {
  const counts: Record<string, number> = {};
  const samples: Record<string, DraftSample[]> = {};
  const swaps = emptyTally();
  let quotes = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const drafts = articles.filter((_, i) => i % FOLDS === fold);
    const sources = articles.filter((_, i) => i % FOLDS !== fold);
    const index = buildCorpusIndex(sources);
    const people = speakingPeople(index, sources.map((a) => a.id));
    for (const draft of drafts) {
      const format = formatOfPath(draft.path);
      const report = checkDraft(draft.text, index, { format });
      quotes += report.quotes.length;
      for (const f of report.findings) note(counts, samples, { draft, report, index }, f);
      trySwaps(draft, report, index, people, format, swaps);
    }
  }
  // Spread each sample evenly over the set rather than taking the first articles' findings.
  for (const code of Object.keys(samples)) {
    const all = samples[code];
    const step = all.length / Math.min(sampleSize, all.length);
    samples[code] = Array.from({ length: Math.min(sampleSize, all.length) }, (_, i) => all[Math.floor(i * step)]);
  }
  return { drafts: articles.length, quotes, counts, samples, swaps };
}

interface Checked {
  readonly draft: SourceArticle;
  readonly report: DraftReport;
  readonly index: CorpusIndex;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function note(counts: Record<string, number>, samples: Record<string, DraftSample[]>, checked: Checked, f: Finding): void {
  counts[f.code] = (counts[f.code] ?? 0) + 1;
  const list = (samples[f.code] ??= []);
  const { draft, report, index } = checked;
  const line = draft.text.slice(0, f.start).split('\n').length;
  const sentence = report.analyzed.sentences.find((s) => s.start <= f.start && f.start < s.end);
  const match = f.report.match;
  const source = match ? index.article(match.location.sourceId) : undefined;
  list.push({
    draft: draft.id,
    line,
    quote: f.quote,
    message: f.message,
    draftSentence: oneLine(sentence ? draft.text.slice(sentence.start, sentence.end) : f.quote),
    sourceSentence: match && source ? oneLine(source.text.slice(match.context.start, match.context.end)) : null,
  });
}

export function describeDraftSide(result: DraftSideResult): string[] {
  const per100 = (n: number) => ((100 * n) / result.drafts).toFixed(1);
  const codes = [...new Set(['misattributed-quote', 'altered-quote', ...Object.keys(result.counts), 'unsourced-quote'])];
  return [
    `drafts: ${result.drafts} real articles checked against the others (${result.quotes} quotations)`,
    ...codes.map((code) => `  ${code}: ${result.counts[code] ?? 0} (${per100(result.counts[code] ?? 0)} per 100 articles)`),
    ...describeSwaps(result.swaps),
  ];
}

export function describeDraftSamples(result: DraftSideResult, code: string): string[] {
  return (result.samples[code] ?? []).flatMap((s) => [
    `  ${s.draft}:${s.line} “${s.quote.slice(0, 80)}” ${s.message}`,
    `      draft:  ${s.draftSentence.slice(0, 300)}`,
    ...(s.sourceSentence ? [`      source: ${s.sourceSentence.slice(0, 300)}`] : []),
  ]);
}
