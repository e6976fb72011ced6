import type { CorpusFileSystem } from './corpusFileSystem';
import type { Logger, LoadProblem, SourceArticle } from './types';

export interface LoadedCorpus {
  readonly articles: SourceArticle[];
  readonly problems: LoadProblem[];
}

export interface LoadCorpusOptions {
  /** Files larger than this are skipped with a problem. Default 5 MB. */
  readonly maxFileBytes?: number;
  readonly logger?: Logger;
}

/** Reads every `.txt` and `.md` article of `folder` (UTF-8) and its optional `sources.json` metadata. Never throws for a bad file. */
export async function loadCorpus(_fs: CorpusFileSystem, _folder: string, _options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  throw new Error('not implemented yet');
}
