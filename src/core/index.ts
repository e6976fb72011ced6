// The engine's public surface, used by the three fronts: the extension, the CLI and the tests.
export * from './types';
export * from './text/textLines';
export type { CorpusFileSystem } from './sources/corpusFileSystem';
export { loadCorpus, METADATA_FILE, type LoadedCorpus, type LoadCorpusOptions } from './sources/loadCorpus';
export { buildCorpusIndex, buildCorpusIndexAsync, formatOfPath, type CorpusIndex, type BuildIndexOptions, type LocatedQuote } from './index/corpusIndex';
export type { SourceIndex, SourceQuotation } from './index/sourceIndex';
export { embeddedSourceIndex } from './index/embeddedSourceIndex';
export { analyzeText, type AnalyzeOptions } from './attribution/analyzeText';
export { checkDraft, checkDraftAsync, readDraft, judgeDraft, DraftCheckCache, DEFAULT_SEVERITIES, sameSpeaker, type CheckOptions, type DraftReport } from './draft/checkDraft';
export { planCitation, toCslJson, footnoteDefinition, type CitationStyle, type CitationEdit } from './writing/citationFormats';
export { parseIgnoreFile, serializeIgnoreFile, addToIgnoreList, isIgnored, EMPTY_IGNORE_LIST, IGNORE_FILE, type IgnoreList, type IgnoreEntry } from './draft/ignoreList';
export { parseAliasFile, ALIAS_FILE, type AliasTable } from './sources/aliasFile';
export { normalizePhrase } from './text/normalizeText';
export type { TextFormat } from './text/maskMarkup';
