// Everything Attributor's language server and its clients say to each other beyond the Language Server Protocol,
// in one place (as rust-analyzer's lsp_ext.ts): the commands of workspace/executeCommand, the custom requests of
// the editor's views and pickers, the status notification, and the file requests of virtual workspaces.
// The server and the VS Code client both import this file; other editors need none of it.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

/** Offsets are UTF-16 code units in the document's text, like LSP's character offsets. */

/** The scheme of the read-only source documents the VS Code client shows (`attributor-source:/<file name>`); never a draft. */
export const SOURCE_SCHEME = 'attributor-source';

// ---- workspace/executeCommand: each edit is one workspace/applyEdit (one undo step) --------------------------------

/** The commands the server executes (workspace/executeCommand). */
export const ServerCommand = {
  /** Inserts a citation (CiteArgs). Returns EditResult. */
  cite: 'attributor.cite',
  /** Inserts a source passage, in quotation marks or as is, with or without its citation (InsertPassageArgs). Returns EditResult. */
  insertPassage: 'attributor.insertPassage',
  /** Adds a quote to the workspace's `.attributor/ignore.json` (IgnoreQuoteArgs). Returns EditResult. */
  ignoreQuote: 'attributor.ignoreQuote',
  /** Writes the sources as CSL-JSON into a file of the workspace (WriteBibliographyArgs). Returns EditResult. */
  writeBibliography: 'attributor.writeCslJson',
  /** Reloads the sources and rebuilds the index, for editors that do not report file changes. Returns IndexStatus. */
  reloadSources: 'attributor.reloadSources',
} as const;

export interface CiteArgs {
  readonly uri: string;
  /** The document version the offsets are for: a stale request is refused rather than editing the wrong place. */
  readonly version?: number;
  /** Where the citation goes. Without it: after the selection, or after the sentence at `selection.start`. */
  readonly offset?: number;
  /** The passage to cite. Without it: the source of the selection or of the sentence at the cursor. */
  readonly sourceId?: string;
  readonly start?: number;
  readonly end?: number;
  /** The editor's selection (offsets), when the writer asked from the cursor. */
  readonly selection?: { readonly start: number; readonly end: number };
}

export interface InsertPassageArgs {
  readonly uri: string;
  readonly version?: number;
  /** The range of the document the passage replaces (offsets; equal for an insertion at the cursor). */
  readonly from: number;
  readonly to: number;
  /** The source passage. */
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** The text to insert: the passage's words, or (`exact`) exactly this text. */
  readonly text: string;
  /**
   * `quote`: in the document's quotation marks; `plain`: as is; `exact`: `text` as given (a completion's words and
   * closing mark); `citation`: only the passage's citation (narration, which no one is quoted as saying).
   */
  readonly as: 'quote' | 'plain' | 'exact' | 'citation';
  /** Also insert the citation; default: the `attributor.completion.insertCitation` setting for `exact`, else yes. */
  readonly cite?: boolean;
}

export interface IgnoreQuoteArgs {
  readonly uri: string;
  readonly quote: string;
  readonly speaker?: string | null;
}

export interface WriteBibliographyArgs {
  /** The file to write (inside a workspace folder; anywhere only when no folder is open and the writer chose it). */
  readonly target?: string;
  /** Without `target`: the workspace folder whose `attributor.citation.bibliographyFile` names the file. */
  readonly folder?: string;
}

export interface EditResult {
  readonly applied: boolean;
  /** Where the cursor belongs after the edit (an offset in the edited document). */
  readonly cursor?: number;
  /** Why nothing was applied, in words for the writer. */
  readonly message?: string;
  /** When nothing was applied because no source supports the text: the words to offer a search of the sources for. */
  readonly searchQuery?: string;
  /** The workspace file the edit wrote (the ignore file, the bibliography), for the client to save. */
  readonly savedFile?: string;
  /** The edit created `savedFile`. */
  readonly created?: boolean;
  /** The edit replaced text `savedFile` held. */
  readonly replaced?: boolean;
  /** What the edit did, in words for the writer (for an edit of a workspace file). */
  readonly done?: string;
  /** The text the file held before the edit, so that the client can take it back (a file the edit replaced). */
  readonly previousText?: string;
}

// ---- The editor's views and pickers -------------------------------------------------------------------------------

/** Open a source at a passage: `attributor.openSource`'s argument, and what tree items and hover links pass. */
export interface OpenSourceArgs {
  readonly sourceId: string;
  readonly start?: number;
  readonly end?: number;
}

/** A passage offered in a picker: what it shows, where it opens, what choosing it inserts. */
export interface PassageItem {
  readonly label: string;
  readonly description?: string;
  readonly detail?: string;
  readonly open: OpenSourceArgs;
  readonly insert: Omit<InsertPassageArgs, 'uri' | 'from' | 'to' | 'version'>;
}

export interface SourceTreeNode {
  readonly id: string;
  readonly kind: 'article' | 'speaker' | 'quote';
  readonly label: string;
  readonly description?: string;
  /** Markdown. */
  readonly tooltip?: string;
  readonly icon: string;
  readonly collapsible: boolean;
  readonly open?: OpenSourceArgs;
  readonly insert?: PassageItem['insert'];
}

/**
 * The children of a node of the sources' tree, or with no parent the sources themselves: all of them, or with `range`
 * only those from `start` up to `end` (in the index's order), so that a view of thousands asks for a page at a time.
 */
export const SourceTreeRequest = new RequestType<{ readonly parent?: string; readonly range?: { readonly start: number; readonly end: number } }, SourceTreeNode[], void>('attributor/sourceTree');

export const SearchSourcesRequest = new RequestType<{ readonly query: string; readonly limit?: number }, PassageItem[], void>('attributor/searchSources');

export interface SpeakerItem {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly detail?: string;
}

export const SpeakersRequest = new RequestType0<SpeakerItem[], void>('attributor/speakers');

export const SpeakerQuotesRequest = new RequestType<{ readonly key: string }, { readonly name: string; readonly quotes: PassageItem[] }, void>('attributor/speakerQuotes');

export interface ArticleItem {
  readonly id: string;
  /** The article's file name (`01-ferry.md`), which names its read-only document. */
  readonly fileName: string;
  readonly label: string;
  readonly description: string;
  readonly detail: string;
}

export const ArticlesRequest = new RequestType0<ArticleItem[], void>('attributor/articles');

/** The article's text exactly as indexed (source locations are offsets into it); null when it is not loaded. */
export const ArticleTextRequest = new RequestType<{ readonly sourceId: string }, { readonly text: string; readonly title: string; readonly fileName: string } | null, void>('attributor/articleText');

/** The quotations that complete the quotation (or sentence) at the cursor, for a picker. */
export const QuoteCandidatesRequest = new RequestType<{ readonly uri: string; readonly selection: { readonly start: number; readonly end: number } }, { readonly query: string; readonly items: PassageItem[]; readonly from: number; readonly to: number; readonly closing: string | null }, void>('attributor/quoteCandidates');

/** One quotation of a draft, as the "Quotes of this Draft" view lists it. */
export interface DraftQuoteItem {
  /** Offsets of the quotation (marks included) in the document's text. */
  readonly start: number;
  readonly end: number;
  /** 0-based, as LSP positions. */
  readonly line: number;
  readonly character: number;
  readonly text: string;
  /** verbatim, shortened, altered, variant, misattributed, not quoted, not found, term. */
  readonly status: string;
  readonly changesMeaning: boolean;
  readonly speakerAsWritten: string | null;
  readonly speaker: string | null;
  readonly sourceSpeaker: string | null;
  /** The source's title (and outlet), never its file id. */
  readonly sourceLabel: string | null;
  readonly open: OpenSourceArgs | null;
  readonly citation: string | null;
  readonly diff: string | null;
}

export interface DraftQuotes {
  readonly quotes: DraftQuoteItem[];
  readonly voices: Array<{ readonly name: string; readonly kind: 'person' | 'institution' | 'unnamed'; readonly quotes: number }>;
  readonly unattributed: number;
}

/** Every quotation of an open draft in order, and who is quoted; null when the document is not a draft or the sources are not indexed yet. */
export const DraftQuotesRequest = new RequestType<{ readonly uri: string }, DraftQuotes | null, void>('attributor/draftQuotes');

/** Checks a document now, also when automatic checks are off for it; publishes and returns its findings' count. */
export const CheckDocumentRequest = new RequestType<{ readonly uri: string }, { readonly findings: number } | null, void>('attributor/checkDocument');

/** Checks a draft that is not open (read from the workspace) and publishes its findings; `skipped` for a source file. */
export const CheckFileRequest = new RequestType<{ readonly uri: string }, { readonly findings: number; readonly skipped?: boolean }, void>('attributor/checkFile');

/** Reloads every source folder and rebuilds the index. */
export const RebuildIndexRequest = new RequestType0<IndexStatus, void>('attributor/rebuildIndex');

/** The sources as CSL-JSON items (for pandoc's --bibliography). */
export const BibliographyRequest = new RequestType0<object[], void>('attributor/bibliography');

// ---- Status ------------------------------------------------------------------------------------------------------

export interface IndexStatus {
  readonly state: 'indexing' | 'ready';
  readonly articles: number;
  readonly problems: ReadonlyArray<{ readonly path: string; readonly message: string }>;
  /** The index's generation: it grows with each rebuild. */
  readonly generation: number;
  /** The longest time one build step held the server's thread, in ms (the rest of the time it answered requests). */
  readonly longestStepMs?: number;
  readonly buildMs?: number;
  /** How the persisted index served the last build: `warm` (taken whole), `partial`, `cold`, or `off` (none kept). */
  readonly cache?: 'warm' | 'partial' | 'cold' | 'off';
  /** Source folders not read because the workspace is not trusted: outside it, or reached through a link. */
  readonly untrusted?: ReadonlyArray<{ readonly label: string; readonly reason: string }>;
}

export const IndexStatusNotification = new NotificationType<IndexStatus>('attributor/indexStatus');

/** The editor now trusts the workspace (VS Code: the writer granted trust): source folders outside it may be read. */
export const WorkspaceTrustNotification = new NotificationType<{ readonly trusted: boolean }>('attributor/workspaceTrust');

// ---- Files of virtual workspaces, read through the client (as the Markdown server does) ---------------------------

export type FileKind = 'file' | 'directory' | 'other';

export const ReadFileRequest = new RequestType<{ readonly uri: string }, { readonly base64: string }, void>('attributor/fs/readFile');
/** A folder's entries; `symlink` marks a symbolic link (its `kind` is its target's). */
export const ReadDirectoryRequest = new RequestType<{ readonly uri: string }, Array<{ readonly name: string; readonly kind: FileKind; readonly symlink?: boolean }>, void>('attributor/fs/readDirectory');
export const StatRequest = new RequestType<{ readonly uri: string }, { readonly size: number; readonly kind: FileKind } | null, void>('attributor/fs/stat');

/** What the client tells the server at start (initializationOptions). */
export interface InitializationOptions {
  /** Show `command:` links and `$(icon)`s in hovers (the client runs them, as VS Code does). */
  readonly commandLinks?: boolean;
  /** Settings for a client that cannot answer workspace/configuration: the `attributor` section. */
  readonly settings?: unknown;
  /** The bundled corpus folder, when the client ships one elsewhere than next to the server. */
  readonly bundledCorpus?: string;
  /** A folder (a URI) of the client's own storage where the server may keep the sources' index between starts. */
  readonly indexCache?: string;
  /** False when the editor does not trust the workspace: nothing outside its folders is read. Absent: trusted. */
  readonly workspaceTrusted?: boolean;
}
