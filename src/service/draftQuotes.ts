// "Quotes of this Draft": every quotation of a draft in order with its status, speaker, source and citation, and
// who is quoted, from the same check as the diagnostics (the engine's draftSourcing).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { draftSourcing, sourceName } from '../core';
import type { DraftQuotes } from '../protocol/lspExtensions';
import { isServed, reportOf, type ServiceContext } from './context';

export async function draftQuotes(ctx: ServiceContext, document: TextDocument): Promise<DraftQuotes | null> {
  const settings = await ctx.workspace.settings(document.uri);
  const index = ctx.library.current;
  if (!index || !isServed(ctx, document, settings)) return null;
  await ctx.ignores.ready();
  // Asked for explicitly: a draft over the size limit is checked all the same.
  const report = reportOf(ctx, document, index, settings, true);
  if (!report) return null;
  const sourcing = draftSourcing(report, (id) => index.article(id));
  return {
    quotes: sourcing.quotes.map((q, i) => {
      const match = report.quotes[i].match;
      return {
        start: q.start,
        end: q.end,
        line: q.line,
        character: q.column,
        text: q.text,
        status: q.status,
        changesMeaning: q.changesMeaning,
        speakerAsWritten: q.speakerAsWritten,
        speaker: q.speaker,
        sourceSpeaker: q.sourceSpeaker,
        sourceLabel: q.source ? sourceName(index.article(q.source.id), q.source.id) : null,
        open: match ? { sourceId: match.location.sourceId, start: match.location.start, end: match.location.end } : null,
        citation: q.citation,
        diff: q.diff,
      };
    }),
    voices: sourcing.voices.map((v) => ({ ...v })),
    unattributed: sourcing.unattributed,
  };
}
