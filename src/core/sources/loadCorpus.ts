import { deriveMetadata, parseMetadataFile, type MetadataEntry } from './articleMetadata';
import type { CorpusFileSystem } from './corpusFileSystem';
import { silentLogger, type Logger, type LoadProblem, type SourceArticle } from '../types';

export interface LoadedCorpus {
  readonly articles: SourceArticle[];
  readonly problems: LoadProblem[];
}

export interface LoadCorpusOptions {
  /** Files larger than this are skipped with a problem. Default 5 MB. */
  readonly maxFileBytes?: number;
  /** Stop after this many articles (the rest is reported). Default 50,000. */
  readonly maxArticles?: number;
  /** Stop reading once the articles read hold this many bytes (the rest is reported). Default 500 MB. */
  readonly maxTotalBytes?: number;
  /** Stop walking after this many folder entries (a source folder set to `/` or a home folder). Default 200,000. */
  readonly maxEntries?: number;
  readonly logger?: Logger;
}

export const METADATA_FILE = 'sources.json';
const ARTICLE = /\.(txt|md|markdown)$/i;
const SKIPPED_FOLDERS = /^(\.|node_modules$)/;
const MAX_DEPTH = 4;

/**
 * A source file's text as an article holds it (UTF-8, its byte-order mark dropped), or null for what is no UTF-8
 * text: bytes that do not decode, or a zero byte among the first 8,000 (a binary file that happens to decode). In
 * UTF-8 a zero byte is only ever the character U+0000, so the bytes are searched for one only when the text holds
 * that character: searching every file's bytes first cost a cold build of 10,000 articles 25 ms (views of shared
 * memory are read a byte at a time), the decoded text's search a fraction of it.
 */
export function decodeSourceText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (text.includes('\0') && bytes.subarray(0, 8000).includes(0)) return null;
  return text.replace(/^\uFEFF/, '');
}

function describeError(e: unknown): string {
  const code = (e as { code?: string })?.code;
  const message = e instanceof Error ? e.message : String(e);
  return code ? `${code}: ${message}` : message;
}

/** A source file found in a folder, not read yet: what a persisted index is keyed by. */
export interface ListedSource {
  /** The article's id (its path in the folder, without extension). */
  readonly id: string;
  readonly path: string;
  readonly size: number;
  /** Modification time, when the file system gives it (else the file is always read again). */
  readonly mtime: number | null;
  /** What `sources.json` gives for it. */
  readonly given: MetadataEntry | undefined;
}

export interface ListedCorpus {
  readonly files: ListedSource[];
  readonly problems: LoadProblem[];
}

function problemsOf(logger: Logger, problems: LoadProblem[]) {
  return (path: string, message: string) => {
    problems.push({ path, message });
    logger.warn(`${path}: ${message}`);
  };
}

/**
 * Finds every `.txt` and `.md` article of `folder` (sub-folders too) with its size and modification time, and reads
 * its optional `sources.json` metadata; the articles themselves are not read. Never throws for a bad file.
 */
export async function listCorpus(fs: CorpusFileSystem, folder: string, options: LoadCorpusOptions = {}): Promise<ListedCorpus> {
  const maxBytes = options.maxFileBytes ?? 5_000_000;
  const maxArticles = options.maxArticles ?? 50_000;
  const maxTotalBytes = options.maxTotalBytes ?? 500_000_000;
  const maxEntries = options.maxEntries ?? 200_000;
  let entriesSeen = 0;
  let walkStopped = false;
  let symlinks = 0;
  let totalBytes = 0;
  const logger = options.logger ?? silentLogger;
  const problems: LoadProblem[] = [];
  const problem = problemsOf(logger, problems);

  let metadata = new Map<string, MetadataEntry>();
  const found: Array<{ path: string; id: string }> = [];
  // Symbolic links are never followed: a link to a parent folder would loop (one file and ten links to `.` once
  // became 11,111 articles), and a link out of the folder would read files the writer did not choose as sources.
  const walk = async (dir: string, prefix: string, depth: number) => {
    if (walkStopped) return;
    let entries: Awaited<ReturnType<CorpusFileSystem['readDirectory']>>;
    try {
      entries = await fs.readDirectory(dir);
    } catch (e) {
      problem(dir, `cannot read the folder (${describeError(e)})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (++entriesSeen > maxEntries) {
        walkStopped = true;
        problem(folder, `more than ${maxEntries.toLocaleString('en')} files and folders; the rest were not read (is the source folder too wide, such as a home folder?)`);
        return;
      }
      if (entry.symlink) {
        symlinks++;
        continue;
      }
      const path = fs.joinPath(dir, entry.name);
      if (entry.kind === 'directory') {
        if (depth < MAX_DEPTH && !SKIPPED_FOLDERS.test(entry.name)) await walk(path, `${prefix}${entry.name}/`, depth + 1);
      } else if (entry.kind === 'file' && ARTICLE.test(entry.name)) {
        found.push({ path, id: prefix + entry.name.replace(ARTICLE, '') });
      } else if (entry.kind === 'file' && entry.name === METADATA_FILE && depth === 0) {
        try {
          const parsed = parseMetadataFile(decodeSourceText(await fs.readFile(path)) ?? '');
          metadata = new Map(parsed.entries);
          for (const p of parsed.problems) problem(path, p);
        } catch (e) {
          problem(path, `cannot read the metadata (${describeError(e)}); ignored`);
        }
      }
    }
  };
  await walk(folder, '', 0);
  if (symlinks) problem(folder, `${symlinks} symbolic link(s) not followed; add the folder they point to as a source folder of its own`);

  const files: ListedSource[] = [];
  for (const file of found) {
    if (files.length >= maxArticles) {
      problem(folder, `more than ${maxArticles} articles; the rest were not indexed`);
      break;
    }
    try {
      const stat = await fs.stat(file.path);
      if (totalBytes + stat.size > maxTotalBytes) {
        problem(folder, `the articles read hold ${(totalBytes / 1e6).toFixed(0)} MB, the limit for one source folder; the rest were not indexed`);
        break;
      }
      if (stat.size > maxBytes) {
        problem(file.path, `skipped: ${(stat.size / 1e6).toFixed(1)} MB is larger than the ${(maxBytes / 1e6).toFixed(1)} MB limit for one article`);
        continue;
      }
      totalBytes += stat.size;
      files.push({ ...file, size: stat.size, mtime: stat.mtime ?? null, given: metadata.get(file.id) });
    } catch (e) {
      problem(file.path, `cannot read the file (${describeError(e)})`);
    }
  }
  if (found.length === 0) problem(folder, 'no articles (.txt or .md files) in this folder');
  return { files, problems };
}

/** Reads one listed article: the article, or why it cannot be one (also logged). Never throws. */
export async function readListedSource(fs: CorpusFileSystem, file: ListedSource, logger: Logger = silentLogger): Promise<SourceArticle | LoadProblem> {
  const problems: LoadProblem[] = [];
  const problem = problemsOf(logger, problems);
  try {
    const text = decodeSourceText(await fs.readFile(file.path));
    if (text === null) problem(file.path, 'skipped: not UTF-8 text (binary file?)');
    else if (!/\p{L}/u.test(text)) problem(file.path, 'skipped: empty article');
    else {
      const derived = deriveMetadata(text);
      const given = file.given ?? {};
      return {
        id: file.id,
        path: file.path,
        text,
        title: given.title ?? derived.title,
        outlet: given.outlet !== undefined ? given.outlet : derived.outlet,
        url: given.url ?? null,
        date: given.date !== undefined ? given.date : derived.date,
        doubts: [...new Set([...(given.doubts ?? []), ...derived.doubts])],
      };
    }
  } catch (e) {
    problem(file.path, `cannot read the file (${describeError(e)})`);
  }
  return problems[0];
}

/** Reads every `.txt` and `.md` article of `folder` (UTF-8, sub-folders too) and its optional `sources.json` metadata. Never throws for a bad file. */
export async function loadCorpus(fs: CorpusFileSystem, folder: string, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const logger = options.logger ?? silentLogger;
  const { files, problems } = await listCorpus(fs, folder, options);
  const articles: SourceArticle[] = [];
  for (const file of files) {
    const read = await readListedSource(fs, file, logger);
    if ('text' in read) articles.push(read);
    else problems.push(read);
  }
  logger.info(`${folder}: ${articles.length} article(s) loaded${problems.length ? `, ${problems.length} problem(s)` : ''}`);
  return { articles, problems };
}
