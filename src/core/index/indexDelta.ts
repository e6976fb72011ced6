// The changes since a persisted index was written, kept in a small file beside it so that one changed source does
// not rewrite the whole (105 MB at 10,000 articles): the articles as they now stand, each either the base's article
// (by number) or one held here with its text, analysis and traces; the registry and the speakers' counts as they
// now are. A delta names the base it was made for (its size and digest), the engine and the settings: a delta of
// another base is not applied, and a damaged one fails its digest or its structure (CorruptData), never trusted.
import type { RegistrySnapshot } from '../attribution/speakerRegistry';
import type { AnalyzedText, SourceArticle, Speaker } from '../types';
import type { AnalysisTrace } from './analysisTrace';
import { ByteReader, ByteWriter, CorruptData } from './binaryCodec';
import { articleAnalysis, readTraces, SpeakerTable, writeArticle, writeTraces } from './persistedArticles';
import type { IndexFileHeader, SourceFileKey } from './persistedIndex';
import { readRegistry, writeRegistry } from './persistedRegistry';
import { openSectionedFile, writeSectionedFile, type StoredFile } from './sectionedFile';

const MAGIC = 'attributor index delta 7\n';

/** An article the delta holds: its file, metadata, analysis (speakers with their final names) and the traces of that analysis. */
export interface DeltaArticle {
  readonly key: SourceFileKey;
  readonly source: Omit<SourceArticle, 'text'>;
  readonly analyzed: AnalyzedText;
  readonly traces: { readonly firstPass: AnalysisTrace; readonly secondPass: AnalysisTrace | null };
  /** The base's article whose text this is, when it is (its words are taken from the base). */
  readonly baseText?: number;
}

/** Each article of the index in order: the base's article `base` as the base holds it, or the delta's article `article`. */
export type DeltaEntry = { readonly base: number } | { readonly article: number };

export interface IndexDelta {
  readonly entries: readonly DeltaEntry[];
  readonly articles: readonly DeltaArticle[];
  readonly registry: RegistrySnapshot;
  /** Everyone quoted, most quoted first, with their number of quotes. */
  readonly speakers: ReadonlyArray<{ readonly speaker: Speaker; readonly count: number }>;
}

/** Which base a delta applies to. */
export interface BaseIdentity {
  readonly size: number;
  readonly digest: number;
}

/** The delta file's parts, to write one after another. */
export function writeIndexDelta(delta: IndexDelta, header: IndexFileHeader, base: BaseIdentity): Uint8Array[] {
  const out = new ByteWriter();
  out.uint(base.size);
  out.uint(base.digest);
  out.string(header.engine);
  out.string(header.settings);
  out.uint(delta.entries.length);
  for (const e of delta.entries) out.uint('base' in e ? e.base * 2 : e.article * 2 + 1);
  const speakers = new SpeakerTable();
  const blocks = new ByteWriter();
  const offsets = delta.articles.map((a) => {
    const at = blocks.size;
    writeArticle(blocks, a.analyzed, speakers);
    return at;
  });
  offsets.push(blocks.size);
  const order = delta.speakers.map((s) => speakers.number(s.speaker));
  out.uint(delta.articles.length);
  for (const a of delta.articles) {
    for (const field of [a.key.id, a.key.path, String(a.key.size), String(a.key.mtime), a.key.given, a.source.title]) out.string(field);
    for (const field of [a.source.outlet, a.source.url, a.source.date]) {
      out.uint(field === null ? 0 : 1);
      if (field !== null) out.string(field);
    }
    out.uint(a.source.doubts.length);
    for (const d of a.source.doubts) out.string(d);
    out.optional(a.baseText ?? -1);
  }
  speakers.write(out);
  out.int32s(offsets);
  out.int32s(order);
  out.int32s(delta.speakers.map((s) => s.count));
  writeRegistry(out, delta.registry);
  const traces = new ByteWriter();
  writeTraces(traces, delta.articles.map((a) => ({ ...a.traces, analyzed: a.analyzed })));
  return writeSectionedFile(MAGIC, [out.written(), blocks.written(), traces.written()]);
}

/**
 * A delta read back and checked against its base (`baseArticles` articles): undefined when it was made for another
 * base (one written whole since: it no longer applies); throws CorruptData when it is damaged or foreign.
 */
export function readIndexDelta(file: StoredFile, header: IndexFileHeader, base: BaseIdentity, baseArticles: number): IndexDelta | undefined {
  const sections = openSectionedFile(file, MAGIC, 3);
  const input = ByteReader.region(sections.kept, 0);
  const [size, digest] = [input.uint(), input.uint()];
  if (size !== base.size || digest !== base.digest) return undefined;
  if (input.string() !== header.engine) throw new CorruptData('written by another engine');
  if (input.string() !== header.settings) throw new CorruptData('written for other settings');
  const coded = Array.from({ length: input.uint() }, () => input.uint());
  const n = input.uint();
  const articles = Array.from({ length: n }, () => {
    const [id, path, size, mtime, given, title] = [0, 1, 2, 3, 4, 5].map(() => input.string());
    const [outlet, url, date] = [0, 1, 2].map(() => (input.uint() ? input.string() : null));
    const doubts = Array.from({ length: input.uint() }, () => input.string());
    const baseText = input.optional();
    if (baseText >= baseArticles) throw new CorruptData('no such base article');
    return { key: { id, path, size: Number(size), mtime: Number(mtime), given }, source: { id, path, title, outlet, url, date, doubts }, baseText: baseText < 0 ? undefined : baseText };
  });
  const speakers = SpeakerTable.read(input);
  const offsets = input.int32s();
  if (offsets.length !== n + 1 || offsets[n] !== sections.length(1) || offsets.some((at, i) => at < 0 || (i > 0 && at < offsets[i - 1]))) throw new CorruptData('article blocks');
  const speakerOf = (k: number) => {
    if (k < 0 || k >= speakers.length) throw new CorruptData('no such speaker');
    return speakers[k];
  };
  const order = Array.from(input.int32s(), speakerOf);
  const counts = input.int32s();
  if (counts.length !== order.length) throw new CorruptData('speaker counts');
  // Decoded when first asked for: a run that makes the names again after a further change never needs it.
  const registryAt = input.position;
  let registry: RegistrySnapshot | undefined;
  const blocks = sections.read(1, 0, sections.length(1));
  const traces = readTraces(sections.read(2, 0, sections.length(2)), n);
  // Every article in order once: base articles in their own order (their words are the base's, in place), each of the delta's once.
  const entries = coded.map((c): DeltaEntry => (c % 2 === 0 ? { base: c / 2 } : { article: (c - 1) / 2 }));
  const used = new Uint8Array(n);
  for (const e of entries) {
    if ('base' in e ? e.base >= baseArticles : e.article >= n || used[e.article]++) throw new CorruptData('no such article');
  }
  if (!baseOrderKept(entries, articles)) throw new CorruptData('base articles out of order');
  return {
    entries,
    articles: articles.map((a, k) => ({ ...a, analyzed: articleAnalysis(blocks.subarray(offsets[k], offsets[k + 1]), speakers), traces: traces[k] })),
    get registry() {
      return (registry ??= readRegistry(ByteReader.region(sections.kept, registryAt)));
    },
    speakers: order.map((speaker, k) => ({ speaker, count: counts[k] })),
  };
}

/** The base articles an index of `entries` takes its words from, in order: they must stand in the base's order (a delta that would not is not written). */
export function baseOrderKept(entries: readonly DeltaEntry[], articles: ReadonlyArray<Pick<DeltaArticle, 'baseText'>>): boolean {
  let last = -1;
  for (const e of entries) {
    const from = 'base' in e ? e.base : articles[e.article].baseText;
    if (from === undefined) continue;
    if (from <= last) return false;
    last = from;
  }
  return true;
}

/** The delta's file name beside its base's. */
export function deltaFileName(baseName: string): string {
  return baseName.replace(/\.bin$/, '') + '.delta';
}
