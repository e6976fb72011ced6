// A draft analysed paragraph by paragraph, so that after a keystroke only the changed paragraph (and the
// quotes whose context it is) is read again. What crosses paragraphs is bounded: names are learnt from the
// whole draft (kept per paragraph), and a quote's speaker depends on its paragraph and the two before it
// (the reach of pronouns and continued quotes), so a quote is attributed within that window of text.
import { findNames, registerNames, type NameMention } from '../attribution/findNames';
import { prepareText, type PreparedText } from '../text/prepareText';
import { attributeQuotes, attributeQuotesInContext, type Attribution } from '../attribution/attributeSpeaker';
import { maskMarkup, type TextFormat } from '../text/maskMarkup';
import { findParagraphs, paragraphModeOf } from '../text/segmentText';
import type { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { Token } from '../text/sentenceTokens';
import { SweptCache } from './sweptCache';
import { computeLineStarts } from '../text/textLines';
import type { AnalyzedText, AttributedQuote, QuoteSpan, Sentence, TextSpan } from '../types';

/** How many paragraphs before a quote's own can name its speaker (pronouns, descriptions, continued quotes): the reach of attributeSpeaker's look-back. */
const CONTEXT_PARAGRAPHS = 2;

interface ParagraphAnalysis {
  /** The paragraph segmented (offsets relative to its start); its sentences' tokens are kept once read. */
  readonly prepared: PreparedText;
  readonly names: readonly NameMention[];
  /** The names, as a string, for telling when the draft's people changed. */
  readonly namesKey: string;
}

/** Remembers paragraphs and attribution windows between checks of one document. */
export class DraftAnalysisCache {
  readonly paragraphs = new SweptCache<ParagraphAnalysis>();
  readonly windows = new SweptCache<Attribution[]>();
  private registry: SpeakerRegistry | null = null;
  /** What the last analysis had to read anew: paragraphs segmented, windows attributed. */
  readonly lastRun = { paragraphsRead: 0, windowsAttributed: 0 };

  /** Forgets what depends on the corpus when it is another corpus. */
  useRegistry(registry: SpeakerRegistry): void {
    if (registry !== this.registry) {
      this.registry = registry;
      this.windows.clear();
    }
  }

  sweep(): void {
    this.lastRun.paragraphsRead = this.paragraphs.computed;
    this.lastRun.windowsAttributed = this.windows.computed;
    this.paragraphs.sweep();
    this.windows.sweep();
  }
}

/** A short stand-in for a long string (two 32-bit FNV-1a hashes). */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

/** Paragraphs prepared on their own, joined into one prepared text (a window): offsets, indices and tokens shifted. */
function joinPrepared(pieces: ReadonlyArray<{ prepared: PreparedText; at: number }>, text: string, masked: string): PreparedText {
  const paragraphs: TextSpan[] = [];
  const sentences: Sentence[] = [];
  const quotes: QuoteSpan[] = [];
  const quoteSentence: number[] = [];
  const firstQuoteOf: number[] = [];
  const origin: Array<{ piece: number; local: number; quoteBase: number }> = [];
  pieces.forEach(({ prepared, at }, piece) => {
    const sentenceBase = sentences.length;
    const quoteBase = quotes.length;
    const paragraphBase = paragraphs.length;
    for (const p of prepared.paragraphs) paragraphs.push(shift(p, at));
    prepared.sentences.forEach((s, local) => {
      sentences.push({ ...shift(s, at), paragraph: s.paragraph + paragraphBase });
      firstQuoteOf.push(prepared.firstQuoteOf[local] + quoteBase);
      origin.push({ piece, local, quoteBase });
    });
    prepared.quotes.forEach((q, k) => {
      quotes.push({ ...shift(q, at), textStart: q.textStart + at, textEnd: q.textEnd + at });
      quoteSentence.push(prepared.quoteSentence[k] + sentenceBase);
    });
  });
  const tokens: Token[][] = [];
  const tokensOf = (s: number): Token[] => {
    const from = origin[s];
    if (!from) return [];
    const { prepared, at } = pieces[from.piece];
    return (tokens[s] ??= prepared.tokensOf(from.local).map((t) => ({ ...t, start: t.start + at, end: t.end + at, quote: t.quote >= 0 ? t.quote + from.quoteBase : -1 })));
  };
  return { id: null, text, masked, lineStarts: [], paragraphs, sentences, quotes, quoteSentence, firstQuoteOf, tokensOf };
}

function shift<T extends TextSpan>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/**
 * Analyses a draft on top of the corpus's people: its paragraphs, sentences and quotations, and who the
 * draft says said each. Results for unchanged paragraphs and windows come from `cache`.
 */
export function analyzeDraft(text: string, format: TextFormat, corpusRegistry: SpeakerRegistry, cache: DraftAnalysisCache): AnalyzedText {
  cache.useRegistry(corpusRegistry);
  const masked = maskMarkup(text, format);
  const mode = paragraphModeOf(masked, format);
  const spans = findParagraphs(masked, mode);
  const keyOf = (from: number, to: number) => {
    const original = text.slice(from, to);
    const hidden = masked.slice(from, to);
    return `${mode}\u0000${original}${hidden === original ? '' : `\u0000${hidden}`}`;
  };
  // Each paragraph is read on its own, knowing only whether the one before left a quotation open.
  let continuesQuote = false;
  const paragraphs = spans.map((span) => {
    const continued = continuesQuote;
    const analysis = cache.paragraphs.get(`${continued ? '\u0002' : ''}${keyOf(span.start, span.end)}`, () => {
      const prepared = prepareText(text.slice(span.start, span.end), format, null, masked.slice(span.start, span.end), mode, continued);
      const names = findNames(prepared);
      return { prepared, names, namesKey: JSON.stringify(names) };
    });
    const last = analysis.prepared.quotes[analysis.prepared.quotes.length - 1];
    continuesQuote = last !== undefined && last.unclosed && last.textEnd >= span.end - span.start - 1;
    return analysis;
  });

  // The draft's people: the corpus's, plus every name the draft gives, in order.
  const registry = corpusRegistry.child();
  paragraphs.forEach((p) => registerNames(p.names, registry, null));
  const peopleKey = fingerprint(paragraphs.map((p) => p.namesKey).join('\n'));

  const quotes: AttributedQuote[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    const at = spans[i].start;
    const firstSentence = sentences.length;
    const own = p.prepared;
    for (const s of own.sentences) sentences.push({ start: s.start + at, end: s.end + at, paragraph: i });
    if (own.quotes.length === 0) return;
    const first = Math.max(0, i - CONTEXT_PARAGRAPHS);
    const from = spans[first].start;
    const attributions = cache.windows.get(`${peopleKey}\u0001${keyOf(from, spans[i].end)}`, () => {
      // Attribution may add people (`said Smith`, a description) to the registry it reads. Each window adds them to
      // a registry of its own, so a window's result depends only on its text and the draft's names, and a window
      // taken from the cache is exactly what a fresh check would compute.
      const windowRegistry = registry.child();
      // Most quotes name their speaker in their own paragraph: read the paragraphs before only when it did not.
      const alone = attributeQuotesInContext(own, windowRegistry);
      if (!alone.wantedEarlierText || first === i) return alone.attributions;
      const pieces = paragraphs.slice(first, i + 1).map((x, k) => ({ prepared: x.prepared, at: spans[first + k].start - from }));
      const all = attributeQuotes(joinPrepared(pieces, text.slice(from, spans[i].end), masked.slice(from, spans[i].end)), registry.child());
      // Mentions relative to this paragraph, as in the paragraph-alone case (a continued quote's may lie before it).
      const back = spans[i].start - from;
      return all.slice(all.length - own.quotes.length).map((a) => (a.mention ? { ...a, mention: shift(a.mention, -back) } : a));
    });
    let s = 0;
    own.quotes.forEach((quote, k) => {
      const a = attributions[k];
      while (s + 1 < own.sentences.length && own.sentences[s].end <= quote.start) s++;
      quotes.push({
        start: quote.start + at,
        end: quote.end + at,
        textStart: quote.textStart + at,
        textEnd: quote.textEnd + at,
        text: quote.text,
        unclosed: quote.unclosed,
        sentence: firstSentence + s,
        speaker: a?.speaker ?? null,
        mention: a?.mention ? shift(a.mention, at) : null,
        method: a?.method ?? 'none',
        isTerm: a?.isTerm ?? false,
      });
    });
  });
  cache.sweep();
  return { text, lineStarts: computeLineStarts(text), paragraphs: spans, sentences, quotes };
}
