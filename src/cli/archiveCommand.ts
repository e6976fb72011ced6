// `attributor archive add DIR... --db URL`: a newsroom's sources analysed once into its PostgreSQL archive.
import { addToArchive } from '../archive/addToArchive';
import { archivePool } from '../archive/archiveIndex';
import type { SourceArticle } from '../core';
import { InputError, UsageError, type Options } from './cliOptions';
import { oneLine, readAliases, readFolders } from './openSources';
import { print, printData, warn } from './output';

export async function runArchive(o: Options): Promise<number> {
  const [action, ...folders] = o.args;
  if (action !== 'add') throw new UsageError(action ? `unknown archive action "${action}" (attributor archive add DIR... --db URL)` : 'archive needs an action: attributor archive add DIR... --db URL');
  if (folders.length === 0) throw new UsageError('archive add needs at least one folder of articles');
  if (!o.db) throw new UsageError('archive add needs --db URL, the PostgreSQL database to load into');
  if (o.corpus.length) throw new UsageError('archive add reads the folders it is given; --corpus does not apply');
  const articles: SourceArticle[] = await readFolders(folders);
  const aliases = await readAliases(o);
  const pool = archivePool(o.db, 2);
  const started = Date.now();
  try {
    const interactive = process.stderr.isTTY;
    const result = await addToArchive(pool, articles, {
      aliases,
      progress: (done) => {
        if (interactive) process.stderr.write(`\rattributor: ${done} of ${articles.length} articles analysed`);
      },
    });
    if (interactive) process.stderr.write('\n');
    for (const s of result.skipped) warn(`${s.id}: skipped, ${s.reason}`);
    const seconds = (Date.now() - started) / 1000;
    const summary = { added: result.added, skipped: result.skipped.length, passages: result.passages, quotations: result.quotations, seconds: Math.round(seconds * 10) / 10 };
    if (o.json) printData(JSON.stringify(summary, null, 2));
    else print(`added ${result.added} article(s) (${result.passages} passages, ${result.quotations} quotations) in ${summary.seconds} s${result.skipped.length ? `; ${result.skipped.length} skipped` : ''}`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new InputError(`cannot load the archive: ${oneLine((e as Error).message)}`);
  } finally {
    await pool.end();
  }
}
