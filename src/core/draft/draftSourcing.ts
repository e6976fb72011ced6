// The sourcing of a whole draft: every quotation in order with its status, its speaker as the draft writes it and
// as the sources have it, its source and the draft's citation of it; and who is quoted, how often, person or
// institution (the tally newsrooms keep by hand for balance). The editor's "Quotes of this Draft" view and
// `attributor report` both show this.
import type { DraftReport } from './checkDraft';
import { formatDiff } from './quoteDiff';
import { positionAt } from '../text/textLines';
import type { DraftQuoteReport, SourceArticle, SpeakerKind } from '../types';

/**
 * `verbatim`: the source's words; `shortened`: with an ellipsis, fragments in the source's order; `altered`: words
 * changed (`changesMeaning` when a negation, number, name, date or hedge changed); `variant`: another rendering of the
 * same words; `misattributed`: the sources give the words to someone else; `not quoted`: a source has the words only
 * in narration; `not found`: no source has them; `term`: a quoted term or title.
 */
export type QuoteStatus = 'verbatim' | 'shortened' | 'altered' | 'variant' | 'misattributed' | 'not quoted' | 'not found' | 'term';

export interface SourcedQuote {
  /** Offsets of the quotation, marks included, in the draft. */
  readonly start: number;
  readonly end: number;
  /** 0-based. */
  readonly line: number;
  readonly column: number;
  readonly text: string;
  readonly status: QuoteStatus;
  readonly changesMeaning: boolean;
  /** The draft's words for the speaker (`Zelensky`, `he`, `the mayor`), and who they stand for. */
  readonly speakerAsWritten: string | null;
  readonly speaker: string | null;
  /** Who the sources say said the words. */
  readonly sourceSpeaker: string | null;
  readonly source: { readonly id: string; readonly title: string; readonly outlet: string | null; readonly line: number } | null;
  /** The draft's citation mark after the quotation (`[^2]`, `[@id]`), or null when the draft cites nothing there. */
  readonly citation: string | null;
  /** The word diff against the source's wording (`will [-not-] {+never+}`), where the words differ. */
  readonly diff: string | null;
}

export type VoiceKind = 'person' | 'institution' | 'unnamed';

export interface Voice {
  readonly name: string;
  readonly kind: VoiceKind;
  readonly quotes: number;
}

export interface DraftSourcing {
  readonly quotes: readonly SourcedQuote[];
  /** Who the draft quotes, most quoted first (terms and quotes it gives nobody left out). */
  readonly voices: readonly Voice[];
  /** Quotations the draft gives nobody (terms left out). */
  readonly unattributed: number;
}

const STATUS: Record<DraftQuoteReport['verdict'], QuoteStatus> = {
  matches: 'verbatim',
  altered: 'altered',
  variant: 'variant',
  misattributed: 'misattributed',
  unquoted: 'not quoted',
  unsourced: 'not found',
  term: 'term',
};

const KIND: Record<SpeakerKind, VoiceKind> = { person: 'person', organisation: 'institution', description: 'unnamed' };

/** A citation mark right after a quotation, in its sentence: a footnote or a pandoc citation. */
const CITATION = /^[^\n]{0,160}?(\[\^[^\]\s]+\](?!:)|\[@[^\]\n]+\])/;

function citationAfter(text: string, end: number): string | null {
  const rest = text.slice(end, end + 200);
  // Only up to the end of the sentence: a mark after the next sentence cites that one.
  const sentenceEnd = rest.search(/[.!?]["'\u201D\u2019)]*\s+\p{Lu}|\n\s*\n/u);
  const m = CITATION.exec(sentenceEnd >= 0 ? rest.slice(0, sentenceEnd + 3) : rest);
  return m ? m[1] : null;
}

export function draftSourcing(report: DraftReport, article: (id: string) => SourceArticle | undefined): DraftSourcing {
  const text = report.analyzed.text;
  const quotes = report.quotes.map((q): SourcedQuote => {
    const at = positionAt(report.analyzed.lineStarts, q.start);
    const match = q.match;
    const source = match ? article(match.location.sourceId) : undefined;
    const status = q.verdict === 'matches' && q.shortened ? 'shortened' : STATUS[q.verdict];
    return {
      start: q.start,
      end: q.end,
      line: at.line,
      column: at.column,
      text: q.text,
      status,
      changesMeaning: q.verdict === 'altered' && (q.difference?.meaning.length ?? 0) > 0,
      speakerAsWritten: q.claimedMention?.text ?? null,
      speaker: q.claimedSpeaker?.name ?? null,
      sourceSpeaker: match?.speaker?.name ?? null,
      source: match ? { id: match.location.sourceId, title: source?.title ?? match.location.sourceId, outlet: source?.outlet ?? null, line: match.location.line } : null,
      citation: citationAfter(text, q.end),
      diff: q.difference && status !== 'verbatim' ? formatDiff(q.difference.parts) : null,
    };
  });
  const voices = new Map<string, { name: string; kind: VoiceKind; quotes: number }>();
  let unattributed = 0;
  for (const q of report.quotes) {
    if (q.verdict === 'term') continue;
    const speaker = q.claimedSpeaker;
    if (!speaker) {
      unattributed++;
      continue;
    }
    const voice = voices.get(speaker.key) ?? { name: speaker.name, kind: KIND[speaker.kind], quotes: 0 };
    voice.quotes++;
    voices.set(speaker.key, voice);
  }
  const ordered = [...voices.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  return { quotes, voices: ordered, unattributed };
}
