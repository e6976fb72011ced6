// The index as one compact binary file, so that a later run loads it instead of analysing the sources again. It is
// keyed by each source file's path, size and modification time, the engine that wrote it and the settings that
// shape an analysis (the alias table): a file written by another engine or for other settings is foreign, one that
// fails its checksum or its structure is corrupt, and neither is ever trusted. No JSON: the word and quote indexes
// are blocks of 32-bit integers read back as views of the file, the articles are blocks decoded on first use, and
// the traces of their analysis (analysisTrace) are read only when some sources changed.
import type { RegistrySnapshot } from '../attribution/speakerRegistry';
import { SpeakerRegistry } from '../attribution/speakerRegistry';
import type { AnalysisTrace } from './analysisTrace';
import { ByteReader, ByteWriter, CorruptData } from './binaryCodec';
import { openSectionedFileSteps, SectionedFileWriter, type OpenOptions, type StoredFile } from './sectionedFile';
import { runSteps, type Steps } from './stepwise';
import { corpusIndexParts, restoreCorpusIndexSteps, type CorpusIndex, type CorpusIndexParts } from './corpusIndex';
import { articleText, lazyArticle, SpeakerTable, traceReader, writeArticle, writeTraces, type StoredTraces } from './persistedArticles';
import type { TraceApplier } from './traceApplier';
import type { AttributedQuote, SourceArticle, Speaker } from '../types';
import type { QuoteIndexParts } from './quoteIndex';
import type { WordIndexParts } from './wordIndexBuild';
import { storedSpellings } from './wordSpellings';
import { touchesReader, writeTouches, type NumberedCalls, type StoredTouches } from './storedTouches';
import { readRegistrySteps, RECORDS_PER_STEP, writeRegistry } from './persistedRegistry';
import { BLOCKS, MAGIC, narrowStarts, POSTINGS, SECTIONS, TABLES, TEXTS, TOUCHES, TRACES, WORDS, writeSection, writeTexts, writeWordSections, type IndexHead } from './indexFileHead';
import { lineCount } from '../text/textLines';


/** The doubts of every article that has none: one array shared, never changed. */
const NO_DOUBTS: readonly string[] = Object.freeze([]);

/** What makes a source file's share of the index still valid. */
export interface SourceFileKey {
  readonly id: string;
  readonly path: string;
  readonly size: number;
  /** Modification time as the file system gives it. */
  readonly mtime: number;
  /** The metadata given for it (a `sources.json` entry), as a string. */
  readonly given: string;
}

/** What every part of a persisted index depends on besides the files. */
export interface IndexFileHeader {
  /** The engine that wrote it: another engine's analysis may differ. */
  readonly engine: string;
  /** The settings that shape an analysis (the alias table), as a string. */
  readonly settings: string;
}

/** A persisted index read back: its files, the index itself, and what a build needs to take articles again. */
export interface IndexFile {
  readonly keys: readonly SourceFileKey[];
  /** The index as it was written (articles decoded on first use). */
  /** The index, made in steps (`runSteps` makes it at once). */
  indexSteps(): Steps<CorpusIndex>;
  /** Its words: the word list, and article i's word ids and starts (for a build that takes its articles again). */
  readonly wordList: readonly string[];
  tokens(i: number): { readonly ids: Int32Array; readonly starts: ArrayLike<number> };
  /** What a delta of changed articles is applied to (indexDelta): the file's identity and its index's parts as read. */
  readonly base: PersistedBase;
}

/** A persisted index's parts as read, for an index patched with a delta of changed articles (patchedIndex). */
export interface PersistedBase {
  /** The size and digest of the file: a delta names the base it was made for. */
  readonly identity: { readonly size: number; readonly digest: number };
  readonly sources: ReadonlyArray<Omit<SourceArticle, 'text'>>;
  /** Article i's block (its analysis, without its text), read now. */
  block(i: number): Uint8Array;
  /** Article i's text, read now. */
  text(i: number): string;
  /** Every distinct speaker of the articles' quotes (what their blocks number). */
  readonly speakerTable: readonly Speaker[];
  /** Each speaker with its number of quotes, most quoted first. */
  readonly speakerCounts: ReadonlyArray<{ readonly speaker: Speaker; readonly count: number }>;
  /** The registry the build ended with (decoded on first use). */
  readonly registry: RegistrySnapshot;
  readonly words: WordIndexParts;
  readonly quotes: QuoteIndexParts;
  /** Each article's traces (read at once on first use). */
  traces(i: number): { firstPass: AnalysisTrace; secondPass: AnalysisTrace | null };
  /**
   * Makes the changes of article i's first or `second` pass on `applier`'s registry, its calls not decoded whole (a
   * pass that a change does not touch); `stored`: its stored touches, when the caller has them already (`touches(i)`
   * makes them anew).
   */
  applyPass(i: number, second: boolean, applier: TraceApplier, stored?: StoredTouches): void;
  /** What each article's passes touch and change of the registry (storedTouches; read at once on first use). */
  touches(i: number): StoredTouches;
}

/**
 * Writes a persisted index's file to `out`, in order (see SectionedFileWriter): given `chunk`, through one buffer of
 * that many bytes used again and again (`out` must be done with each part when it returns), else in parts that stay
 * as they are.
 */
export type IndexFileWriter = (out: (part: Uint8Array) => void, chunk?: number, head?: IndexHead) => void;


/** The file of `index` (as parts to write in order), whose articles were read from the files `keys` (in order); undefined when it cannot be (not built here, or built without its analyses). */
export function writeIndexFile(index: CorpusIndex, keys: readonly SourceFileKey[], header: IndexFileHeader): Uint8Array[] | undefined {
  const write = indexFileWriter(index, keys, header);
  if (!write) return undefined;
  const parts: Uint8Array[] = [];
  write((part) => parts.push(part));
  return parts;
}

/**
 * What writes the file of `index` (see `writeIndexFile`), or undefined when it cannot be written. The articles'
 * blocks come first and the tables last: the tables hold where each block starts and the speakers the blocks number,
 * so a file written as it is made must have written the blocks first.
 */
export function indexFileWriter(index: CorpusIndex, keys: readonly SourceFileKey[], header: IndexFileHeader): IndexFileWriter | undefined {
  const parts = corpusIndexParts(index);
  const analyses = index.analyses;
  if (!parts || !analyses || analyses.length !== keys.length || parts.articles.length !== keys.length) return undefined;
  const w = parts.words;
  // The posting lists apart, each read when a query first needs it (as large as the stream; a check needs a few hundred words' lists).
  const postings = typeof w.postings === 'function' ? undefined : w.postings;
  if (!postings) return undefined;
  return (target, chunk, head) => {
    const scratch = chunk === undefined ? undefined : new Uint8Array(chunk);
    let file: SectionedFileWriter;
    let textAt: Int32Array;
    if (head) {
      // Its head, the word index's sections and the texts, written already (by the thread that built them, from these arrays and texts).
      const n = parts.articles.length;
      if (head.lengths.length !== TEXTS + 1 || head.lengths[POSTINGS] !== postings.byteLength || head.textAt.length !== n + 1 || head.textAt[n] !== head.lengths[TEXTS]) throw new Error('the file\'s head is another index\'s');
      file = SectionedFileWriter.after(head, target);
      textAt = head.textAt;
    } else {
      file = new SectionedFileWriter(MAGIC, target);
      const texts = parts.articles.map((a) => a.text);
      writeWordSections(file, scratch, { ...w, postings }, narrowStarts(texts.map((t) => t.length)));
      textAt = writeTexts(file, scratch, texts);
    }
    const section = (expected: number, write: (out: ByteWriter) => void) => writeSection(file, scratch, expected, write);
    const speakers = new SpeakerTable();
    const offsets: number[] = [];
    // Sized for the analyses at once, so that it is not copied as it grows.
    section(parts.articles.reduce((n, a) => n + 48 * a.quotes.length + 8 * (a.sentences.length + a.paragraphs.length + lineCount(a.lineStarts)) + 64, 0), (blocks) => {
      for (const article of parts.articles) {
        offsets.push(blocks.size);
        writeArticle(blocks, article, speakers, false);
      }
      offsets.push(blocks.size);
    });
    let numbered: NumberedCalls | undefined;
    section(1 << 16, (traces) => (numbered = writeTraces(traces, analyses)));
    section(1 << 16, (touches) => writeTouches(touches, analyses, keys.map((key) => key.id), numbered));
    section(1 << 16, (out) => writeTables(out, parts, keys, header, speakers, offsets, textAt));
    file.finish();
  };
}

/** The index's tables: the files' keys and the articles' metadata, the speakers, where each block and each text starts, the quote index, the registry. */
function writeTables(out: ByteWriter, parts: CorpusIndexParts, keys: readonly SourceFileKey[], header: IndexFileHeader, speakers: SpeakerTable, offsets: readonly number[], textAt: Int32Array): void {
  out.string(header.engine);
  out.string(header.settings);
  out.uint(keys.length);
  keys.forEach((key, i) => {
    const a = parts.articles[i];
    out.string(key.id);
    out.string(key.path);
    out.uint(key.size);
    out.string(String(key.mtime));
    out.string(key.given);
    out.string(a.title);
    for (const field of [a.outlet, a.url, a.date]) {
      out.uint(field === null ? 0 : 1);
      if (field !== null) out.string(field);
    }
    out.uint(a.doubts.length);
    for (const d of a.doubts) out.string(d);
  });
  const order = parts.speakers.map((s) => speakers.number(s));
  speakers.write(out);
  out.int32s(offsets);
  out.int32s(textAt);
  out.int32s(order);
  out.int32s(speakerCounts(parts.articles, parts.speakers));
  const q = parts.quotes;
  for (const block of [q.refs, q.wordIds, q.entryOffsets, q.entries]) out.int32s(block);
  // Last, so that a run that never needs it (one that makes the names again after a change, or takes a delta's)
  // passes over it unread: decoding it was 30-40 ms of such a run, and its 1,668 records' objects garbage.
  writeRegistry(out, parts.registry.snapshot());
}

/**
 * Articles read or made ready between two yields when an index is read back: 10,000 at once held the thread 20-100 ms
 * a pass, and 1,000 still 30-57 ms under load (each made-ready article defines five getters).
 */
const ARTICLES_PER_STEP = 250;
/** Words of the word list passed over between two yields (60,000 decoded at once held the thread 30-160 ms, with the collections they caused; now they are decoded on first use). */
const WORDS_PER_STEP = 10_000;

/**
 * Reads a persisted index, in steps (the digest of the whole file is checked a chunk at a time; `runSteps` reads it at
 * once); throws CorruptData for a damaged file, or one of another engine or other settings.
 */
export function* readIndexFileSteps(file: StoredFile, header: IndexFileHeader, options?: OpenOptions): Steps<IndexFile> {
  const sections = yield* openSectionedFileSteps(file, MAGIC, SECTIONS, { ...options, kept: [TABLES, WORDS] });
  const input = ByteReader.region(sections.kept, 0);
  if (input.string() !== header.engine) throw new CorruptData('written by another engine');
  if (input.string() !== header.settings) throw new CorruptData('written for other settings');
  const n = input.uint();
  const keys: SourceFileKey[] = [];
  const sources: Array<Omit<SourceArticle, 'text'>> = [];
  for (let i = 0; i < n; i++) {
    const key = { id: input.string(), path: input.string(), size: input.uint(), mtime: Number(input.string()), given: input.string() };
    keys.push(key);
    const title = input.string();
    // Field by field, with no array or function made for each of 10,000 articles (what is made here is kept: every
    // object adds to the collections that land in a language server's steps).
    const outlet = input.uint() ? input.string() : null;
    const url = input.uint() ? input.string() : null;
    const date = input.uint() ? input.string() : null;
    const doubtCount = input.uint();
    const doubts: readonly string[] = doubtCount === 0 ? NO_DOUBTS : Array.from({ length: doubtCount }, () => input.string());
    sources.push({ id: key.id, path: key.path, title, outlet, url, date, doubts });
    if (i % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
  }
  const speakers = SpeakerTable.read(input);
  const offsets = input.int32s();
  if (offsets.length !== n + 1 || offsets[n] !== sections.length(BLOCKS) || offsets.some((at, i) => at < 0 || (i > 0 && at < offsets[i - 1]))) throw new CorruptData('article blocks');
  // Each article's block read from the file when first used.
  const block = (i: number) => sections.read(BLOCKS, offsets[i], offsets[i + 1] - offsets[i]);
  const textAt = input.int32s();
  if (textAt.length !== n + 1 || textAt[n] !== sections.length(TEXTS) || textAt.some((at, i) => at < 0 || (i > 0 && at < textAt[i - 1]))) throw new CorruptData('article texts');
  const text = (i: number) => articleText(sections.read(TEXTS, textAt[i], textAt[i + 1] - textAt[i]));
  const order = Array.from(input.int32s(), (k) => {
    if (k < 0 || k >= speakers.length) throw new CorruptData('no such speaker');
    return speakers[k];
  });
  const counts = input.int32s();
  if (counts.length !== order.length) throw new CorruptData('speaker counts');
  const [refs, wordIds, entryOffsets, entries] = [0, 1, 2, 3].map(() => input.int32s());
  // The registry, decoded when first asked for (see writeTables).
  const registryAt = input.position;
  let registry: RegistrySnapshot | undefined;
  const registryRead = () => readRegistrySteps(ByteReader.region(sections.kept, registryAt));
  yield;
  const wordInput = ByteReader.region(sections.keptSection(WORDS), 0);
  // Where each word stands, its string decoded on first use (wordSpellings): nothing is made here but this table.
  const wordAt = new Float64Array(wordInput.uint());
  for (let id = 0; id < wordAt.length; id++) {
    wordAt[id] = wordInput.position;
    wordInput.skipString();
    if (id % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
  }
  yield;
  const stream = wordInput.int32s();
  const width = wordInput.uint();
  if (width !== 16 && width !== 32) throw new CorruptData('word starts');
  const starts = width === 16 ? wordInput.uint16s() : wordInput.int32s();
  const [firstToken, sortedIds, postingOffsets] = [0, 1, 2].map(() => wordInput.int32s());
  checkWordIndex({ stream, starts, firstToken, sortedIds, postingOffsets }, n, wordAt.length);
  const wordReader = ByteReader.region(sections.keptSection(WORDS), 0);
  const spellings = storedSpellings(wordAt.length, (id) => {
    wordReader.seek(wordAt[id]);
    return wordReader.string();
  }, sortedIds);
  // Every word at once, for what needs the whole list (a build taking these words again, an index patched with changes).
  let wordList: string[] | undefined;
  const allWords = () => (wordList ??= Array.from(wordAt, (_, id) => spellings.wordOf(id)));
  if (sections.length(POSTINGS) !== stream.length * 4) throw new CorruptData('postings');
  const postings = (at: number, count: number) => {
    const bytes = sections.read(POSTINGS, at * 4, count * 4);
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    return new Int32Array(aligned.buffer, aligned.byteOffset, count);
  };
  let traces: StoredTraces | undefined;
  const storedTraces = () => (traces ??= traceReader(sections.read(TRACES, 0, sections.length(TRACES)), n));
  let touches: ((i: number) => StoredTouches) | undefined;
  const touchesOf = (i: number) => (touches ??= touchesReader(ByteReader.region(sections.read(TOUCHES, 0, sections.length(TOUCHES)), 0), n))(i);
  return {
    keys,
    *indexSteps() {
      const articles: CorpusIndexParts['articles'][number][] = [];
      for (let i = 0; i < sources.length; i++) {
        articles.push(lazyArticle(sources[i], block, i, speakers, text));
        if (i % ARTICLES_PER_STEP === ARTICLES_PER_STEP - 1) yield;
      }
      yield;
      registry ??= yield* registryRead();
      const snapshot = yield* SpeakerRegistry.fromSnapshotSteps(registry, RECORDS_PER_STEP);
      yield;
      const words = { get wordList() { return allWords(); }, spellings, stream, starts, firstToken, sortedIds, postingOffsets, postings };
      return yield* restoreCorpusIndexSteps({ articles, registry: snapshot, speakers: order, words, quotes: { refs, wordIds, entryOffsets, entries } });
    },
    get wordList() {
      return allWords();
    },
    tokens: (i) => ({ ids: stream.subarray(firstToken[i], firstToken[i + 1]), starts: starts.subarray(firstToken[i], firstToken[i + 1]) }),
    base: {
      identity: { size: file.size, digest: sections.digest },
      sources,
      block,
      text,
      speakerTable: speakers,
      speakerCounts: order.map((speaker, k) => ({ speaker, count: counts[k] })),
      get registry() {
        return (registry ??= runSteps(registryRead()));
      },
      words: { get wordList() { return allWords(); }, spellings, stream, starts, firstToken, sortedIds, postingOffsets, postings },
      quotes: { refs, wordIds, entryOffsets, entries },
      traces: (i) => storedTraces().of(i),
      applyPass: (i, second, applier, stored = touchesOf(i)) => {
        // From the pass's listed changes when it has them (its calls' strings not read), else from its traced calls.
        const pass = second ? stored.second : stored.first;
        if (pass?.listed) applier.applyKinds(pass, keys[i].id);
        else if (pass) storedTraces().apply(i, second, applier);
      },
      touches: touchesOf,
    },
  };
}

/** How many quotes each speaker of `speakers` has in the articles. */
export function speakerCounts(articles: ReadonlyArray<{ readonly quotes: readonly AttributedQuote[] }>, speakers: readonly Speaker[]): number[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const q of a.quotes) if (q.speaker) counts.set(q.speaker.key, (counts.get(q.speaker.key) ?? 0) + 1);
  return speakers.map((s) => counts.get(s.key) ?? 0);
}

/** The word index's arrays agree with each other (a file that passed its checksum but was written wrong is caught here, not by a query reading out of bounds). */
function checkWordIndex(w: { stream: Int32Array; starts: Int32Array | Uint16Array; firstToken: Int32Array; sortedIds: Int32Array; postingOffsets: Int32Array }, articles: number, words: number): void {
  const ok =
    w.firstToken.length === articles + 1 && w.firstToken[articles] === w.stream.length && w.starts.length === w.stream.length &&
    w.sortedIds.length === words && w.postingOffsets.length === words + 1 && w.postingOffsets[words] === w.stream.length;
  if (!ok) throw new CorruptData('word index');
}
