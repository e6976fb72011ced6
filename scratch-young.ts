import { Worker } from 'worker_threads';
import * as path from 'path';
import { loadSourceFolders } from './src/core';
import { nodeFileSystem } from './src/node/nodeFileSystem';

async function once(young: number | undefined, articles: unknown[]): Promise<number> {
  const t = performance.now();
  const worker = new Worker(path.join(__dirname, 'dist', 'indexWorker.js'), young ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {});
  const done = new Promise((resolve, reject) => { worker.on('message', resolve); worker.on('error', reject); });
  for (let i = 0; i < articles.length; i += 50) worker.postMessage({ kind: 'articles', articles: articles.slice(i, i + 50) });
  worker.postMessage({ kind: 'build' });
  await done;
  await worker.terminate();
  return performance.now() - t;
}
async function main() {
  const articles = (await loadSourceFolders(nodeFileSystem, ['/tmp/c10k'])).articles.slice(0, 5000);
  for (const young of [undefined, 64, undefined, 64, 128]) console.log(young ?? 'default', Math.round(await once(young, articles)));
}
void main();
