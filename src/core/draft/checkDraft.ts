// Checks a draft against the sources: every quotation in the draft, who the draft says said it, and
// whether the sources agree (same words, same speaker). A finding only where the sources disagree;
// a false alarm is worse than a miss.
import { analyzeDraft, DraftAnalysisCache } from './analyzeDraft';
import { SweptCache } from './sweptCache';
import type { CorpusIndex, LocatedQuote } from '../index/corpusIndex';
import { ignoreMatcher, type IgnoreList } from './ignoreList';
import type { TextFormat } from '../text/maskMarkup';
import { judge } from './judgeQuote';
import type { AnalyzedText, DraftQuoteReport, Finding, FindingCode, QuoteVerdict, Severity, SourceMatch } from '../types';

export { sameSpeaker } from './quoteEvidence';

export interface CheckOptions {
  readonly severities?: Partial<Record<FindingCode, Severity>>;
  readonly ignore?: IgnoreList;
  /** Reuse what did not change since the last check of the same document (paragraphs, attributions, located quotes). */
  readonly cache?: DraftCheckCache;
  /** How to read the draft. Default `markdown` (which reads plain text just as well). */
  readonly format?: TextFormat;
}

export interface DraftReport {
  readonly analyzed: AnalyzedText;
  /** Every quotation in the draft, with its verdict (`matches` included). */
  readonly quotes: readonly DraftQuoteReport[];
  /** The quotes that deserve a finding, ignored ones left out. */
  readonly findings: readonly Finding[];
}

export const DEFAULT_SEVERITIES: Readonly<Record<FindingCode, Severity>> = {
  'misattributed-quote': 'warning',
  'altered-quote': 'warning',
  'unsourced-quote': 'information',
  'variant-quote': 'information',
};

/** Per-document memo: the draft's paragraphs and attributions, and where each quoted wording stands in the sources, so a keystroke re-reads only the paragraph it changed. */
export class DraftCheckCache {
  /** The draft's paragraphs and attribution windows, for re-reading only what changed. */
  readonly analysis = new DraftAnalysisCache();
  private readonly located = new SweptCache<LocatedQuote>();
  private index: CorpusIndex | null = null;

  locate(index: CorpusIndex, text: string): LocatedQuote {
    if (index !== this.index) {
      this.index = index;
      this.located.clear();
    }
    return this.located.get(text, () => index.locate(text));
  }

  /** Drops entries no quote used since the last sweep, so the memo never outgrows the document. */
  sweep(): void {
    this.located.sweep();
  }

  get size(): number {
    return this.located.size;
  }
}

function where(match: SourceMatch): string {
  return `${match.location.sourceId}, line ${match.location.line + 1}`;
}

const CODES: Partial<Record<QuoteVerdict, FindingCode>> = {
  misattributed: 'misattributed-quote',
  altered: 'altered-quote',
  unsourced: 'unsourced-quote',
  variant: 'variant-quote',
};

function message(report: DraftQuoteReport): string {
  const match = report.match;
  switch (report.verdict) {
    case 'misattributed': {
      const altered = match && match.similarity < 1 ? ` (and the source's wording differs: “${match.sourceText}”)` : '';
      return `The sources attribute this quote to ${match?.speaker?.name}, not ${report.claimedSpeaker?.name} (${match ? where(match) : 'sources'})${altered}.`;
    }
    case 'altered':
      return `The quote differs from the source's wording: “${match?.sourceText}” (${match ? where(match) : 'sources'}${match?.speaker ? `, ${match.speaker.name}` : ''}).`;
    case 'variant':
      return `The sources word this quote differently: “${match?.sourceText}” (${match ? where(match) : 'sources'}${match?.speaker ? `, ${match.speaker.name}` : ''}). Another translation or version of the same words is fine; otherwise use the source's wording.`;
    case 'unsourced':
      return 'No source contains these quoted words.';
    default:
      return '';
  }
}

/** Checks every quotation of a draft against the sources. */
export function checkDraft(text: string, index: CorpusIndex, options: CheckOptions = {}): DraftReport {
  const cache = options.cache ?? new DraftCheckCache();
  const severities = { ...DEFAULT_SEVERITIES, ...options.severities };
  const analyzed = analyzeDraft(text, options.format ?? 'markdown', index.registry, cache.analysis);
  const quotes: DraftQuoteReport[] = analyzed.quotes.map((quote) => {
    const { verdict, match, alsoIn } = judge(quote, cache.locate(index, quote.text), index.registry);
    return {
      start: quote.start,
      end: quote.end,
      textStart: quote.textStart,
      textEnd: quote.textEnd,
      text: quote.text,
      unclosed: quote.unclosed,
      claimedSpeaker: quote.speaker,
      claimedMention: quote.mention,
      verdict,
      match,
      alsoIn: alsoIn.map((m) => m.location),
    };
  });
  cache.sweep();
  const findings: Finding[] = [];
  const ignored = options.ignore?.entries.length ? ignoreMatcher(options.ignore, index) : null;
  for (const report of quotes) {
    const code = CODES[report.verdict];
    if (!code) continue;
    // A quote still being typed (no closing mark yet) is only worth a word when its words are someone else's.
    if (report.unclosed && report.verdict !== 'misattributed') continue;
    if (ignored?.(report.text, report.claimedSpeaker)) continue;
    findings.push({
      code,
      severity: severities[code],
      message: message(report),
      start: report.start,
      end: report.end,
      quote: report.text,
      claimedSpeaker: report.claimedSpeaker?.name ?? null,
      sourceSpeaker: report.match?.speaker?.name ?? null,
      source: report.match?.location.sourceId ?? null,
      sourceText: report.match?.sourceText ?? null,
      sourceLocation: report.match?.location ?? null,
      report,
    });
  }
  return { analyzed, quotes, findings };
}
