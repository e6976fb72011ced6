// The server's answers to workspace/executeCommand and to the custom requests of lspExtensions.ts.
import { ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ArticlesRequest, ArticleTextRequest, BibliographyRequest, CheckDocumentRequest, DraftQuotesRequest, CheckFileRequest, QuoteCandidatesRequest, RebuildIndexRequest,
  SearchSourcesRequest, ServerCommand, SourceTreeRequest, SpeakerQuotesRequest, SpeakersRequest,
  type CiteArgs, type EditResult, type IgnoreQuoteArgs, type IndexStatus, type InsertPassageArgs, type WriteBibliographyArgs,
} from '../protocol/lspExtensions';
import type { AttributorService } from '../service/attributorService';
import type { PlannedEdit } from '../service/editCommands';
import type { ServiceLogger, WorkspaceFileSystem } from '../service/workspace';
import type { DraftDiagnostics } from './draftDiagnostics';

export function registerCustomRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: AttributorService,
  diagnostics: DraftDiagnostics,
  fs: WorkspaceFileSystem,
  logger: ServiceLogger,
  status: () => IndexStatus,
): void {
  const documentOf = (uri: string): TextDocument => {
    const document = documents.get(uri);
    if (!document) throw new ResponseError(-32602, `${uri} is not open`);
    return document;
  };

  /** Applies a planned edit as one workspace/applyEdit. */
  const apply = async (label: string, planned: PlannedEdit): Promise<EditResult> => {
    if ('message' in planned) return { applied: false, message: planned.message, ...(planned.searchQuery !== undefined ? { searchQuery: planned.searchQuery } : {}) };
    const result = await connection.workspace.applyEdit({ label, edit: planned.edit });
    if (!result.applied) logger.warn(`${label}: the editor did not apply the edit${result.failureReason ? ` (${result.failureReason})` : ''}.`);
    return {
      applied: result.applied,
      ...(planned.cursor !== undefined ? { cursor: planned.cursor } : {}),
      ...(planned.file ? { savedFile: planned.file, ...(planned.created ? { created: true } : {}), ...(planned.replaced ? { replaced: true } : {}) } : {}),
      ...(planned.done ? { done: planned.done } : {}),
      ...(planned.previous !== undefined ? { previousText: planned.previous } : {}),
    };
  };

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    const [first] = (args ?? []) as unknown[];
    try {
      if (command === ServerCommand.cite) {
        const a = first as CiteArgs;
        return apply('Insert citation', await service.cite(documentOf(a.uri), a));
      }
      if (command === ServerCommand.insertPassage) {
        const a = first as InsertPassageArgs;
        return apply('Insert quotation', await service.insertPassage(documentOf(a.uri), a));
      }
      if (command === ServerCommand.ignoreQuote) {
        const a = first as IgnoreQuoteArgs;
        if (!a || typeof a.quote !== 'string') return { applied: false, message: 'no quote to ignore.' };
        const result = await apply('Ignore quote', await service.ignoreQuote(a, (uri) => {
          const open = documents.get(uri);
          return open && { text: open.getText(), version: open.version };
        }));
        if (result.applied) {
          service.ignores.applied(a.uri, a.speaker ? { quote: a.quote, speaker: a.speaker } : { quote: a.quote });
          logger.info(`Ignoring “${a.quote}”${a.speaker ? ` (attributed to ${a.speaker})` : ''} in ${result.savedFile}.`);
        }
        return result;
      }
      if (command === ServerCommand.writeBibliography) {
        const result = await apply('Write CSL-JSON bibliography', await service.writeBibliography((first ?? {}) as WriteBibliographyArgs));
        if (result.applied) logger.info(`Wrote the sources as CSL-JSON to ${result.savedFile}.`);
        return result;
      }
      if (command === ServerCommand.reloadSources) {
        await service.library.reload('reload requested');
        return status();
      }
    } catch (error) {
      logger.error(`${command} failed`, error);
      return { applied: false, message: error instanceof Error ? error.message : String(error) } satisfies EditResult;
    }
    throw new ResponseError(-32601, `unknown command ${command}`);
  });

  connection.onRequest(SourceTreeRequest, async ({ parent, range }) => {
    const nodes = await service.sourceTree(parent);
    return range && parent === undefined ? nodes.slice(Math.max(0, range.start), Math.max(0, range.end)) : nodes;
  });
  connection.onRequest(SearchSourcesRequest, ({ query, limit }) => service.searchSources(query, limit));
  connection.onRequest(SpeakersRequest, () => service.speakers());
  connection.onRequest(SpeakerQuotesRequest, ({ key }) => service.speakerQuotes(key));
  connection.onRequest(ArticlesRequest, () => service.articles());
  connection.onRequest(ArticleTextRequest, ({ sourceId }) => service.articleText(sourceId));
  connection.onRequest(BibliographyRequest, () => service.bibliography());
  connection.onRequest(QuoteCandidatesRequest, ({ uri, selection }) => service.quoteCandidates(documentOf(uri), selection));
  connection.onRequest(DraftQuotesRequest, ({ uri }) => {
    const document = documents.get(uri);
    return document ? service.draftQuotes(document) : null;
  });
  connection.onRequest(CheckDocumentRequest, async ({ uri }) => {
    if (!documents.get(uri)) return null;
    return { findings: (await diagnostics.check(uri, true)) ?? 0 };
  });
  connection.onRequest(CheckFileRequest, async ({ uri }) => {
    if (service.library.isSource(uri)) return { findings: 0, skipped: true };
    const open = documents.get(uri);
    if (open) return { findings: (await diagnostics.check(uri, true)) ?? 0 };
    const text = new TextDecoder('utf-8').decode(await fs.readFile(uri)).replace(/^\uFEFF/, '');
    return { findings: await diagnostics.checkText(uri, text) };
  });
  connection.onRequest(RebuildIndexRequest, async () => {
    await service.rebuild();
    return status();
  });
}
