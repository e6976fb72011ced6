// `attributor report`: a draft's sourcing as text for a person or JSON for a program. The JSON is documented in the
// README; positions are 1-based there, as everywhere on the command line.
import type { DraftSourcing, SourcedQuote } from '../core';

export interface ReportedDraft {
  readonly file: string;
  readonly sourcing: DraftSourcing;
}

function oneLine(text: string, max = 70): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function quoteRow(q: SourcedQuote) {
  return {
    line: q.line + 1,
    column: q.column + 1,
    quote: q.text,
    status: q.status,
    changesMeaning: q.changesMeaning,
    speakerAsWritten: q.speakerAsWritten,
    speaker: q.speaker,
    sourceSpeaker: q.sourceSpeaker,
    source: q.source ? { id: q.source.id, title: q.source.title, outlet: q.source.outlet, line: q.source.line + 1 } : null,
    citation: q.citation,
    diff: q.diff,
  };
}

export function reportJson(drafts: readonly ReportedDraft[]): string {
  const rows = drafts.map((d) => ({ file: d.file, quotes: d.sourcing.quotes.map(quoteRow), voices: d.sourcing.voices, unattributed: d.sourcing.unattributed }));
  return JSON.stringify(rows, null, 2);
}

function who(q: SourcedQuote): string {
  const written = q.speakerAsWritten ?? q.speaker;
  if (!written) return 'no speaker';
  if (q.sourceSpeaker && q.speaker !== q.sourceSpeaker) return `${written} (sources: ${q.sourceSpeaker})`;
  return q.speaker && q.speaker !== written ? `${written} (${q.speaker})` : written;
}

export function reportText(drafts: readonly ReportedDraft[]): string {
  const out: string[] = [];
  for (const { file, sourcing } of drafts) {
    const quotes = sourcing.quotes;
    out.push(`${file}: ${quotes.length} quotation${quotes.length === 1 ? '' : 's'}`);
    for (const q of quotes) {
      const status = q.changesMeaning ? 'altered (meaning)' : q.status;
      const source = q.source ? `“${oneLine(q.source.title, 60)}”${q.source.outlet ? ` (${q.source.outlet})` : ''}` : '-';
      out.push(`  ${q.line + 1}:${q.column + 1}  ${status.padEnd(17)} “${oneLine(q.text, 60)}”  ${who(q)}  ${source}  ${q.citation ? `cited ${q.citation}` : 'not cited'}`);
      if (q.diff) out.push(`      ${q.diff}`);
    }
    const voices = sourcing.voices;
    out.push(`  Who is quoted: ${voices.length} voice${voices.length === 1 ? '' : 's'}${sourcing.unattributed ? `, ${sourcing.unattributed} quotation(s) given to no one` : ''}`);
    for (const v of voices) out.push(`    ${v.name.padEnd(30)} ${v.kind.padEnd(12)} ${v.quotes}`);
  }
  return out.join('\n');
}
