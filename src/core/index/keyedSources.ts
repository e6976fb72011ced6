// Listed source files read for an index that will be persisted: each file's key (path, size, modification time,
// metadata) taken as it is read, by whoever reads it (another thread reads them for the language server), and the
// articles given distinct ids as a fresh read of the folders gives them.
import type { CorpusFileSystem } from '../sources/corpusFileSystem';
import { readListedSource, type ListedSource } from '../sources/loadCorpus';
import { distinctIds } from '../sources/loadSourceFolders';
import { silentLogger, type LoadProblem, type Logger, type SourceArticle } from '../types';
import type { SourceFileKey } from './persistedIndex';

/** A listed file's key for the persisted index, under the id its article is cited by; none without a modification time. */
export function keyOf(file: ListedSource, id: string): SourceFileKey | undefined {
  return file.mtime === null ? undefined : { id, path: file.path, size: file.size, mtime: file.mtime, given: givenKey(file) };
}

/** The metadata file's entry for a listed file as its key holds it; most files have none (`null`, with no JSON made). */
function givenKey(file: ListedSource): string {
  return file.given === undefined || file.given === null ? 'null' : JSON.stringify(file.given);
}

/**
 * Whether a listed file is the one a persisted key was taken of (its key under the key's id would equal it), without
 * making that key: a warm start asks it of every one of 10,000 files.
 */
export function sameListedFile(key: SourceFileKey, file: ListedSource): boolean {
  return file.mtime !== null && key.path === file.path && key.size === file.size && key.mtime === file.mtime && key.given === givenKey(file);
}

export interface KeyedSources {
  readonly articles: SourceArticle[];
  /** Each article's key, in the same order (undefined where the file system gives no modification time). */
  readonly keys: Array<SourceFileKey | undefined>;
  /** The files that could not be articles (unreadable, vanished, binary, empty), with the messages a read here gives. */
  readonly problems: LoadProblem[];
}

/**
 * Reads the listed files in order. Each is looked at again just before it is read, and its key is what that look
 * saw: a file written after the look has a newer time than its key, so the next start reads it again (the other
 * order could keep a stale article under a current key). Never throws for a bad or vanished file.
 */
export async function readKeyedSources(fs: CorpusFileSystem, files: readonly ListedSource[], logger: Logger = silentLogger): Promise<KeyedSources> {
  const read: Array<{ article: SourceArticle; seen: ListedSource }> = [];
  const problems: LoadProblem[] = [];
  for (const listed of files) {
    // A file gone since it was listed: its read below says so, as any unreadable file's does.
    const stat = await fs.stat(listed.path).catch(() => undefined);
    const seen: ListedSource = stat ? { ...listed, size: stat.size, mtime: stat.mtime ?? null } : { ...listed, mtime: null };
    const article = await readListedSource(fs, seen, logger);
    if ('text' in article) read.push({ article, seen });
    else problems.push(article);
  }
  const articles = distinctIds(read.map((r) => r.article), logger);
  return { articles, keys: articles.map((a, i) => keyOf(read[i].seen, a.id)), problems };
}
