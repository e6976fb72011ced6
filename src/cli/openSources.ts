// The sources a command reads: a folder of articles analysed now into the embedded index (the bundled corpus by
// default), or a newsroom's archive on PostgreSQL (--db). Both answer through the engine's SourceIndex.
import * as fs from 'fs';
import { promises as fsp } from 'fs';
import * as path from 'path';
import { ALIAS_FILE, embeddedSourceIndex, indexFileName, loadSourceFolders, openCorpusIndex, parseAliasFile, type AliasTable, type SourceIndex } from '../core';
import { engineVersion } from '../node/engineVersion';
import { defaultCacheFolder, folderCacheStore } from '../node/folderCacheStore';
import { nodeFileSystem } from '../node/nodeFileSystem';
import { twoThreadBuild } from '../node/wordIndexThread';
import { InputError, UsageError, type Options } from './cliOptions';
import { warn } from './output';

function bundledCorpus(): string {
  return path.join(__dirname, '..', 'corpus');
}

/** A small settings file: the one named (which must be readable), else the default one when present. */
export async function readOptional(file: string | null, fallback: string): Promise<{ text: string; path: string } | null> {
  const target = file ?? fallback;
  try {
    const stat = await fsp.stat(target);
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > 5e6) throw new Error('larger than 5 MB');
    return { text: await fsp.readFile(target, 'utf8'), path: target };
  } catch (e) {
    if (file) throw new InputError(`cannot read ${file}: ${(e as Error).message}`);
    return null;
  }
}

export async function readAliases(o: Options): Promise<AliasTable | undefined> {
  const aliasFile = await readOptional(o.aliases, ALIAS_FILE);
  if (!aliasFile) return undefined;
  const parsed = parseAliasFile(aliasFile.text);
  for (const p of parsed.problems) warn(`${aliasFile.path}: ${p}`);
  return parsed.table;
}

async function checkFolders(folders: readonly string[]): Promise<void> {
  for (const folder of folders) {
    try {
      const stat = await fsp.stat(folder);
      if (!stat.isDirectory()) throw new InputError(`${folder} is not a folder`);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new InputError(`cannot read the corpus folder ${folder}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
}

function noArticles(folders: readonly string[], problems: ReadonlyArray<{ path: string }>): InputError {
  const unreadable = problems.filter((p) => !folders.includes(p.path)).length;
  return new InputError(`no readable articles (.txt or .md) in ${folders.join(', ')}${unreadable ? ` (${unreadable} file(s) could not be read)` : ''}`);
}

/** Articles of the folders (an article named like one of an earlier folder is cited as <id>-2), every unreadable file named on stderr. */
export async function readFolders(folders: readonly string[]) {
  await checkFolders(folders);
  const problems: string[] = [];
  const corpus = await loadSourceFolders(nodeFileSystem, folders, { logger: { info() {}, warn: (m) => problems.push(m) } });
  if (corpus.articles.length === 0) throw noArticles(folders, corpus.problems);
  for (const p of problems) warn(p);
  return corpus.articles;
}

export async function openSources(o: Options): Promise<SourceIndex> {
  if (o.db && o.corpus.length) throw new UsageError('--db and --corpus each name the sources: give one of them');
  if (o.db) {
    try {
      // Loaded only for an archive: the PostgreSQL client is not worth its start-up time to a folder's check.
      const { ArchiveIndex } = await import('../archive/archiveIndex');
      return await ArchiveIndex.open(o.db);
    } catch (e) {
      throw new InputError(`cannot open the archive: ${oneLine((e as Error).message)}`);
    }
  }
  const folders = (o.corpus.length ? o.corpus : [bundledCorpus()]).map((f) => path.resolve(f));
  await checkFolders(folders);
  const problems: string[] = [];
  const engine = engineVersion();
  const cacheFolder = o.cache === false ? undefined : o.cache ?? defaultCacheFolder();
  const cache = cacheFolder === undefined || engine === undefined ? undefined : { store: folderCacheStore(cacheFolder), engine };
  const logger = { info() {}, warn: (m: string) => problems.push(m) };
  // A cold build reads the texts' words in a second thread (dist/wordIndexWorker.js, beside this file).
  const persisted = cache !== undefined && fs.existsSync(path.join(cacheFolder!, indexFileName(folders)));
  // It also writes the file's head (the word index's sections) where the store writes the file before it is whole.
  const headFile = cache?.store.partialFile?.(indexFileName(folders));
  const twoThreads = twoThreadBuild(path.join(__dirname, 'wordIndexWorker.js'), nodeFileSystem, persisted, undefined, headFile);
  const opened = await openCorpusIndex(twoThreads.files, folders, { aliases: await readAliases(o), cache, logger, build: twoThreads.build });
  if (opened.index.articles.length === 0) throw noArticles(folders, opened.problems);
  for (const p of problems) warn(p);
  return embeddedSourceIndex(opened.index);
}

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
