// The engine's public surface, used by the three fronts: the extension, the CLI and the tests.
export * from './types';
export * from './textLines';
export type { CorpusFileSystem } from './corpusFileSystem';
export { loadCorpus, METADATA_FILE, type LoadedCorpus, type LoadCorpusOptions } from './loadCorpus';
export { buildCorpusIndex, buildCorpusIndexAsync, formatOfPath, type CorpusIndex, type BuildIndexOptions, type LocatedQuote } from './corpusIndex';
export { analyzeText, type AnalyzeOptions } from './analyzeText';
export { checkDraft, DraftCheckCache, DEFAULT_SEVERITIES, sameSpeaker, type CheckOptions, type DraftReport } from './checkDraft';
export { planCitation, toCslJson, footnoteDefinition, type CitationStyle, type CitationEdit } from './citationFormats';
export { parseIgnoreFile, serializeIgnoreFile, addToIgnoreList, isIgnored, EMPTY_IGNORE_LIST, IGNORE_FILE, type IgnoreList, type IgnoreEntry } from './ignoreList';
export { parseAliasFile, ALIAS_FILE, type AliasTable } from './aliasFile';
export { normalizePhrase } from './normalizeText';
export type { TextFormat } from './maskMarkup';
