// The engine's public surface, used by the three fronts: the extension, the CLI and the tests.
export * from './types';
export * from './textLines';
export type { CorpusFileSystem } from './corpusFileSystem';
export { loadCorpus, type LoadedCorpus, type LoadCorpusOptions } from './loadCorpus';
export { buildCorpusIndex, type CorpusIndex, type BuildIndexOptions } from './corpusIndex';
export { checkDraft, DraftCheckCache, type CheckOptions, type DraftReport } from './checkDraft';
export { planCitation, toCslJson, type CitationStyle, type CitationEdit } from './citationFormats';
export { parseIgnoreFile, serializeIgnoreFile, addToIgnoreList, isIgnored, type IgnoreList, type IgnoreEntry } from './ignoreList';
export { parseAliasFile, type AliasTable } from './aliasFile';
