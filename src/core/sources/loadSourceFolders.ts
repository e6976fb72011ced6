// Several folders of sources read as one set, every article with an id of its own: the editor, the language server
// and the command line all read their folders here.
import type { CorpusFileSystem } from './corpusFileSystem';
import { listCorpus, loadCorpus, type ListedSource, type LoadCorpusOptions, type LoadedCorpus } from './loadCorpus';
import { silentLogger, type LoadProblem, type Logger, type SourceArticle } from '../types';

/** Runs `each` on every folder in order; a folder that cannot be read at all is a problem, never a throw. */
async function eachFolder<T extends { problems: LoadProblem[] }>(folders: readonly string[], logger: Logger, problems: LoadProblem[], each: (folder: string) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const folder of folders) {
    try {
      const result = await each(folder);
      for (const problem of result.problems) problems.push(problem); // a folder may hold more unreadable files than a call takes arguments
      out.push(result);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push({ path: folder, message });
      logger.warn(`Could not read the source folder ${folder}: ${message}`);
    }
  }
  return out;
}

/**
 * Gives every article an id of its own, in order: two folders holding an article of the same name keep both, the
 * later one cited as `<id>-2`, `<id>-3`…, which the log says.
 */
export function distinctIds<T extends { readonly id: string; readonly path: string }>(articles: readonly T[], logger: Logger = silentLogger): T[] {
  const seen = new Set<string>();
  return articles.map((article) => {
    let id = article.id;
    for (let n = 2; seen.has(id); n++) id = `${article.id}-${n}`;
    if (id !== article.id) logger.warn(`Two sources are named ${article.id}; ${article.path} is cited as ${id}.`);
    seen.add(id);
    return id === article.id ? article : { ...article, id };
  });
}

/** Reads each folder in order (never throws for a bad folder or file: each is a problem), every article an id of its own (see distinctIds). */
export async function loadSourceFolders(fs: CorpusFileSystem, folders: readonly string[], options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const logger = options.logger ?? silentLogger;
  const problems: LoadProblem[] = [];
  const loaded = await eachFolder(folders, logger, problems, (folder) => loadCorpus(fs, folder, options));
  const articles: SourceArticle[] = loaded.flatMap((l) => l.articles);
  return { articles: distinctIds(articles, logger), problems };
}

/** Lists each folder's articles in order without reading them (see listCorpus); ids are made distinct once read. */
export async function listSourceFolders(fs: CorpusFileSystem, folders: readonly string[], options: LoadCorpusOptions = {}): Promise<{ files: ListedSource[]; problems: LoadProblem[] }> {
  const problems: LoadProblem[] = [];
  const listed = await eachFolder(folders, options.logger ?? silentLogger, problems, (folder) => listCorpus(fs, folder, options));
  return { files: listed.flatMap((l) => l.files), problems };
}
