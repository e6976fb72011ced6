// One text analysed on its own: segmented, its names learnt, and each quotation attributed.
import { prepareText, type PreparedText } from '../text/prepareText';
import type { TextFormat } from '../text/maskMarkup';
import { attributeQuotes, attributeTranscript, type Attribution } from './attributeSpeaker';
import { learnNames } from './findNames';
import { SpeakerRegistry } from './speakerRegistry';
import { relayedInnerQuotes } from './relayedInnerQuotes';
import type { AnalyzedText, AttributedQuote } from '../types';

export interface AnalyzeOptions {
  readonly format?: TextFormat;
  readonly id?: string | null;
  /** People already known (the corpus's, for a draft). The text's own names are added to a child of it. */
  readonly registry?: SpeakerRegistry;
}

/** Turns a prepared text and its attributions into the engine's `AnalyzedText`. */
export function toAnalyzedText(prepared: PreparedText, attributions: readonly Attribution[], turns: readonly AttributedQuote[] = []): AnalyzedText {
  // The quote's fields named, not spread: a spread of 300,000 quotes cost a cold build of 10,000 articles 0.6-1 s.
  const quotes: AttributedQuote[] = prepared.quotes.map((quote, q) => ({
    start: quote.start,
    end: quote.end,
    textStart: quote.textStart,
    textEnd: quote.textEnd,
    text: quote.text,
    unclosed: quote.unclosed,
    sentence: prepared.quoteSentence[q],
    speaker: attributions[q].speaker,
    mention: attributions[q].mention,
    method: attributions[q].method,
    isTerm: attributions[q].isTerm,
  }));
  // A transcript's turns lie between the marked quotations (transcriptTurns.ts), a quote another speaker's words
  // report (relayedInnerQuotes.ts) inside them: merged in the text's order.
  const relayed = relayedInnerQuotes(prepared, quotes);
  if (turns.length || relayed.length) {
    // One at a time: a long transcript may have more turns than a call takes arguments.
    for (const turn of turns) quotes.push(turn);
    for (const inner of relayed) quotes.push(inner);
    quotes.sort((a, b) => a.start - b.start);
  }
  return { text: prepared.text, lineStarts: prepared.lineStarts, paragraphs: prepared.paragraphs, sentences: prepared.sentences, quotes };
}

/** Analyses one text on its own (or on top of a known registry): who said each of its quotes. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): AnalyzedText & { readonly registry: SpeakerRegistry } {
  const registry = options.registry ? options.registry.child() : new SpeakerRegistry();
  const prepared = prepareText(text, options.format ?? 'plain', options.id ?? null);
  learnNames(prepared, registry);
  return { ...toAnalyzedText(prepared, attributeQuotes(prepared, registry), attributeTranscript(prepared, registry)), registry };
}
