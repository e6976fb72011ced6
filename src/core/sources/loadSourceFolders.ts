// Several folders of sources read as one set, every article with an id of its own: the editor, the language server
// and the command line all read their folders here.
import type { CorpusFileSystem } from './corpusFileSystem';
import { loadCorpus, type LoadCorpusOptions, type LoadedCorpus } from './loadCorpus';
import { silentLogger, type SourceArticle } from '../types';

/**
 * Reads each folder in order (never throws for a bad folder or file: each is a problem). Two folders holding an
 * article of the same name keep both: the later one is cited as `<id>-2`, `<id>-3`…, which the log says.
 */
export async function loadSourceFolders(fs: CorpusFileSystem, folders: readonly string[], options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const logger = options.logger ?? silentLogger;
  const articles: SourceArticle[] = [];
  const problems: LoadedCorpus['problems'] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    let loaded: LoadedCorpus;
    try {
      loaded = await loadCorpus(fs, folder, options);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push({ path: folder, message });
      logger.warn(`Could not read the source folder ${folder}: ${message}`);
      continue;
    }
    problems.push(...loaded.problems);
    for (const article of loaded.articles) {
      let id = article.id;
      for (let n = 2; seen.has(id); n++) id = `${article.id}-${n}`;
      if (id !== article.id) logger.warn(`Two sources are named ${article.id}; ${article.path} is cited as ${id}.`);
      seen.add(id);
      articles.push(id === article.id ? article : { ...article, id });
    }
  }
  return { articles, problems };
}
