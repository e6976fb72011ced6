// Builds an engine index from texts the tests write themselves.
import * as path from 'path';
import { buildCorpusIndex, loadCorpus, type CorpusIndex, type SourceArticle } from '../../src/core';
import { deriveMetadata } from '../../src/core/sources/articleMetadata';
import { nodeFileSystem } from '../../src/node/nodeFileSystem';

export function article(id: string, text: string): SourceArticle {
  const meta = deriveMetadata(text);
  return { id, path: `/sources/${id}.txt`, text, title: meta.title, outlet: meta.outlet, url: null, date: meta.date, doubts: meta.doubts };
}

export function indexOf(texts: Record<string, string>): CorpusIndex {
  return buildCorpusIndex(Object.entries(texts).map(([id, text]) => article(id, text)));
}

export const BUNDLED_CORPUS = path.join(__dirname, '..', '..', 'corpus');

let bundled: Promise<CorpusIndex> | null = null;
export function bundledIndex(): Promise<CorpusIndex> {
  bundled ??= loadCorpus(nodeFileSystem, BUNDLED_CORPUS).then((c) => buildCorpusIndex(c.articles));
  return bundled;
}
