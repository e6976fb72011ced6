// Checks a draft against the sources: every quotation in the draft, who the draft says said it, and
// whether the sources agree (same words, same speaker). A finding only where the sources disagree;
// a false alarm is worse than a miss.
import { analyzeDraft, DraftAnalysisCache } from './analyzeDraft';
import { SweptCache } from './sweptCache';
import type { CorpusIndex } from '../index/corpusIndex';
import type { LocatedQuote, SourceIndex } from '../index/sourceIndex';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
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
  private index: CorpusIndex | SourceIndex | null = null;

  private useIndex(index: CorpusIndex | SourceIndex): void {
    if (index !== this.index) {
      this.index = index;
      this.located.clear();
    }
  }

  locate(index: CorpusIndex, text: string): LocatedQuote {
    this.useIndex(index);
    return this.located.get(text, () => index.locate(text));
  }

  /** Where each text stands, asking the index (one call) only for those not located before. */
  async locateAll(index: SourceIndex, texts: readonly string[]): Promise<LocatedQuote[]> {
    this.useIndex(index);
    const missing = [...new Set(texts.filter((t) => !this.located.has(t)))];
    const found = missing.length ? await index.locate(missing) : [];
    if (this.index !== index) return this.locateAll(index, texts); // another index came in while this one answered
    const fresh = new Map(missing.map((t, i) => [t, found[i]]));
    return texts.map((t) => this.located.get(t, () => fresh.get(t)!));
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

/** Step 1 of a check: the draft's quotations and who the draft says said each, read against the sources' people. */
export function readDraft(text: string, registry: SpeakerRegistry, options: CheckOptions = {}): AnalyzedText {
  return analyzeDraft(text, options.format ?? 'markdown', registry, (options.cache ?? new DraftCheckCache()).analysis);
}

/** Checks every quotation of a draft against the embedded index (synchronous: the editor's typing path). */
export function checkDraft(text: string, index: CorpusIndex, options: CheckOptions = {}): DraftReport {
  const cache = options.cache ?? new DraftCheckCache();
  const analyzed = readDraft(text, index.registry, { ...options, cache });
  return judgeDraft(analyzed, analyzed.quotes.map((quote) => cache.locate(index, quote.text)), index.registry, { ...options, cache });
}

/** Checks a draft against any index, a database too: read the draft, locate all its quotes in one call, judge. */
export async function checkDraftAsync(text: string, index: SourceIndex, options: CheckOptions = {}): Promise<DraftReport> {
  const cache = options.cache ?? new DraftCheckCache();
  const analyzed = readDraft(text, index.registry, { ...options, cache });
  const located = await cache.locateAll(index, analyzed.quotes.map((quote) => quote.text));
  return judgeDraft(analyzed, located, index.registry, { ...options, cache });
}

/** The last step of a check: each quote's verdict from where it stands in the sources (`located[i]` for quote i) and what the sources' people tell, and the findings. */
export function judgeDraft(analyzed: AnalyzedText, located: readonly LocatedQuote[], registry: SpeakerRegistry, options: CheckOptions = {}): DraftReport {
  const severities = { ...DEFAULT_SEVERITIES, ...options.severities };
  const quotes: DraftQuoteReport[] = analyzed.quotes.map((quote, i) => {
    const { verdict, match, alsoIn } = judge(quote, located[i], registry);
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
  options.cache?.sweep();
  const findings: Finding[] = [];
  const ignored = options.ignore?.entries.length ? ignoreMatcher(options.ignore, registry) : null;
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
