// The analysed articles in the persisted index: each article's text and analysis in a block of its own, read on
// first use (a check against 10,000 articles touches a few of them), and the traces of their analysis, read only
// when a build takes the articles again after some sources changed.
import type { AnalysisTrace, TraceOp } from './analysisTrace';
import { TraceApplier } from './traceApplier';
import { changesRegistry, type NumberedCalls } from './storedTouches';
import type { ArticleAnalysis } from './analyzeSources';
import { ByteReader, ByteWriter, CorruptData, decodeText } from './binaryCodec';
import type { AnalyzedArticle, AnalyzedText, AttributedQuote, AttributionMethod, SourceArticle, Speaker, SpeakerKind } from '../types';
import { lineCount } from '../text/textLines';


/** Every distinct speaker of the articles' quotes, numbered. */
export class SpeakerTable {
  readonly list: Speaker[] = [];
  private readonly numbers = new Map<Speaker, number>();

  number(speaker: Speaker | null): number {
    if (!speaker) return -1;
    let n = this.numbers.get(speaker);
    if (n === undefined) {
      n = this.list.length;
      this.list.push(speaker);
      this.numbers.set(speaker, n);
    }
    return n;
  }

  write(out: ByteWriter): void {
    out.uint(this.list.length);
    for (const s of this.list) {
      out.string(s.key);
      out.string(s.name);
      // Kinds and methods as their names: a list of them here would fall behind the engine's (a file of another engine is never read).
      out.string(s.kind);
      out.uint(s.members ? s.members.length + 1 : 0);
      for (const m of s.members ?? []) out.string(m);
    }
  }

  static read(input: ByteReader): Speaker[] {
    return Array.from({ length: input.uint() }, () => {
      const key = input.string();
      const name = input.string();
      const kind = input.string() as SpeakerKind;
      const members = input.uint();
      if (members === 0) return { key, name, kind };
      return { key, name, kind, members: Array.from({ length: members - 1 }, () => input.string()) };
    });
  }
}

/**
 * One article's text and analysis as a block; without its text when `withText` is false (the persisted index keeps
 * the texts in a section of their own, which the thread that read the words writes: see persistedIndex).
 */
export function writeArticle(out: ByteWriter, article: AnalyzedText, speakers: SpeakerTable, withText = true): void {
  const text = article.text;
  if (withText) out.string(text);
  out.uint(lineCount(article.lineStarts));
  let last = 0;
  for (const at of article.lineStarts) {
    out.uint(at - last);
    last = at;
  }
  out.uint(article.paragraphs.length);
  for (const p of article.paragraphs) {
    out.uint(p.start);
    out.uint(p.end - p.start);
  }
  out.uint(article.sentences.length);
  for (const s of article.sentences) {
    out.uint(s.start);
    out.uint(s.end - s.start);
    out.uint(s.paragraph);
  }
  out.uint(article.quotes.length);
  for (const q of article.quotes) {
    out.uint(q.start);
    out.uint(q.end - q.start);
    out.uint(q.textStart - q.start);
    out.uint(q.textEnd - q.textStart);
    // A quote's and a mention's words are the text between their offsets, almost always: then they are not written.
    const ownText = q.text !== text.slice(q.textStart, q.textEnd);
    const mention = q.mention === null ? 0 : q.mention.text === text.slice(q.mention.start, q.mention.end) ? 1 : 2;
    out.uint((q.unclosed ? 1 : 0) | (q.isTerm ? 2 : 0) | (ownText ? 4 : 0) | (mention << 3));
    if (ownText) out.string(q.text);
    out.uint(q.sentence);
    out.optional(speakers.number(q.speaker));
    if (q.mention) {
      out.uint(q.mention.start);
      out.uint(q.mention.end - q.mention.start);
      if (mention === 2) out.string(q.mention.text);
    }
    out.string(q.method);
  }
}

/** An article's block read back; `given`: its text, for a block written without it. */
function readArticle(input: ByteReader, speakers: readonly Speaker[], given?: string): AnalyzedText {
  const text = given ?? input.string();
  let line = 0;
  const lineStarts = Array.from({ length: input.uint() }, () => (line += input.uint()));
  const paragraphs = Array.from({ length: input.uint() }, () => {
    const start = input.uint();
    return { start, end: start + input.uint() };
  });
  const sentences = Array.from({ length: input.uint() }, () => {
    const start = input.uint();
    return { start, end: start + input.uint(), paragraph: input.uint() };
  });
  const quotes = Array.from({ length: input.uint() }, (): AttributedQuote => {
    const start = input.uint();
    const end = start + input.uint();
    const textStart = start + input.uint();
    const textEnd = textStart + input.uint();
    const flags = input.uint();
    const quoteText = flags & 4 ? input.string() : text.slice(textStart, textEnd);
    const sentence = input.uint();
    const speakerNumber = input.optional();
    if (speakerNumber >= speakers.length) throw new CorruptData('no such speaker');
    let mention: AttributedQuote['mention'] = null;
    if (flags >> 3) {
      const from = input.uint();
      const to = from + input.uint();
      mention = { start: from, end: to, text: flags >> 3 === 2 ? input.string() : text.slice(from, to) };
    }
    const method = input.string() as AttributionMethod;
    return {
      start, end, textStart, textEnd, text: quoteText, unclosed: (flags & 1) !== 0, sentence,
      speaker: speakerNumber < 0 ? null : speakers[speakerNumber], mention, method, isTerm: (flags & 2) !== 0,
    };
  });
  return { text, lineStarts, paragraphs, sentences, quotes };
}

/** The parts of an article that stay in its block until first used. */
const DECODED_LATE = ['text', 'lineStarts', 'paragraphs', 'sentences', 'quotes'] as const;

/**
 * An article read back from the persisted index: its metadata at once, its text and analysis decoded from its block
 * on first use. The decoded parts are own enumerable properties (a copy with `{ ...article }` or JSON has them too),
 * but their getters are the same functions for every article: a getter made per article (a closure each, and a
 * hidden class each) made 10,000 articles weigh 30 MB, and the collections that caused landed in the steps of a
 * language server's read-back (scavenges of 40-65 ms).
 */
class StoredArticle {
  readonly id!: string;
  readonly path!: string;
  readonly title!: string;
  readonly outlet!: string | null;
  readonly url!: string | null;
  readonly date!: string | null;
  readonly doubts!: readonly string[];
  readonly #blocks: (i: number) => Uint8Array;
  readonly #at: number;
  readonly #speakers: readonly Speaker[];
  readonly #texts: ((i: number) => string) | undefined;
  #analyzed: AnalyzedText | undefined;

  constructor(source: Omit<SourceArticle, 'text'>, blocks: (i: number) => Uint8Array, at: number, speakers: readonly Speaker[], texts?: (i: number) => string) {
    Object.assign(this, source);
    this.#blocks = blocks;
    this.#at = at;
    this.#speakers = speakers;
    this.#texts = texts;
    Object.defineProperties(this, StoredArticle.#decodedLate);
  }

  static readonly #decodedLate: PropertyDescriptorMap = Object.fromEntries(
    DECODED_LATE.map((key) => [key, { enumerable: true, get(this: StoredArticle) { return this.#read()[key]; } }]),
  );

  #read(): AnalyzedText {
    return (this.#analyzed ??= readArticle(ByteReader.region(this.#blocks(this.#at), 0), this.#speakers, this.#texts?.(this.#at)));
  }
}

/**
 * Article `at` of the persisted index: its metadata `source` now, its text and analysis (`blocks(at)`, and `texts(at)`
 * for blocks written without their texts) read on first use.
 */
export function lazyArticle(source: Omit<SourceArticle, 'text'>, blocks: (i: number) => Uint8Array, at: number, speakers: readonly Speaker[], texts?: (i: number) => string): AnalyzedArticle {
  return new StoredArticle(source, blocks, at, speakers, texts) as unknown as AnalyzedArticle;
}

/** Just the text of an article block, or of a text written alone as a block begins (for a build that reads the analysis anew). */
export function articleText(block: Uint8Array): string {
  return decodeText(ByteReader.region(block, 0).stringBytes());
}

/** The analysis of an article block, decoded now; `text`: its text, for a block written without it. */
export function articleAnalysis(block: Uint8Array, speakers: readonly Speaker[], text?: string): AnalyzedText {
  return readArticle(ByteReader.region(block, 0), speakers, text);
}

/**
 * The traces of every article's analysis, their strings written once: first where each string and each article's
 * calls begin, so that a reader goes straight to the one article an update asks for (passing over the strings and the
 * calls before it was 20-25 ms of a change at 10,000 articles), then the strings, then the calls.
 */
export function writeTraces(out: ByteWriter, analyses: readonly ArticleAnalysis[]): NumberedCalls {
  const strings = new Map<string, number>();
  const number = (s: string) => {
    let n = strings.get(s);
    if (n === undefined) strings.set(s, (n = strings.size));
    return n;
  };
  const body = new ByteWriter();
  let calls = 0;
  for (const a of analyses) calls += a.firstPass.length + (a.secondPass?.length ?? 0);
  const args = new Int32Array(calls);
  const answers = new Int32Array(calls);
  let c = 0;
  const trace = (calls: AnalysisTrace) => {
    body.uint(calls.length);
    for (const call of calls) {
      body.uint(call.op);
      body.uint((args[c] = number(call.args)));
      body.uint((answers[c++] = number(call.answer)));
    }
  };
  const articleAt = new Int32Array(analyses.length + 1);
  analyses.forEach((a, i) => {
    articleAt[i] = body.size;
    trace(a.firstPass);
    body.uint(a.secondPass ? 1 : 0);
    if (a.secondPass) trace(a.secondPass);
  });
  articleAt[analyses.length] = body.size;
  const text = new ByteWriter();
  const stringAt = new Int32Array(strings.size);
  let k = 0;
  for (const s of strings.keys()) {
    stringAt[k++] = text.size;
    text.string(s);
  }
  out.int32s(stringAt);
  out.int32s(articleAt);
  out.bytes(text.written());
  out.bytes(body.written());
  return { strings: strings.size, args, answers };
}

/** The traces written by `writeTraces`: for each article, its two passes' calls. */
export function readTraces(bytes: Uint8Array, count: number): Array<{ firstPass: AnalysisTrace; secondPass: AnalysisTrace | null }> {
  const traces = traceReader(bytes, count);
  return Array.from({ length: count }, (_, i) => traces.of(i));
}

/** The part `writeTraces` wrote, read an article at a time. */
export interface StoredTraces {
  /** Article i's two passes' calls. */
  of(i: number): { firstPass: AnalysisTrace; secondPass: AnalysisTrace | null };
  /** Makes the changes of article i's first or `second` pass with `applier`, reading only the strings of its calls that change the registry (no call is made an object). */
  apply(i: number, second: boolean, applier: TraceApplier): void;
}

/**
 * Article i's traces from the part `writeTraces` wrote (`bytes`), one article at a time, as `readTraces` gives them:
 * the strings are decoded when an article's calls name them, so an update that reads one article's traces (its
 * changed article analysed on them) does not decode every article's.
 */
export function traceReader(bytes: Uint8Array, count: number): StoredTraces {
  // The tables are read as views of the bytes: they must stand at a multiple of four.
  const input = ByteReader.region(bytes.byteOffset % 4 === 0 ? bytes : bytes.slice(), 0);
  const stringAt = input.int32s();
  const articleAt = input.int32s();
  if (articleAt.length !== count + 1) throw new CorruptData('traces');
  const strings: Array<string | undefined> = new Array(stringAt.length);
  const text = ByteReader.region(input.bytes(), 0);
  const body = ByteReader.region(input.bytes(), 0);
  const skipTrace = () => body.skipUints(3 * body.uint());
  const stringOf = (n: number) => {
    if (n >= strings.length) throw new CorruptData('no such string');
    if (strings[n] === undefined) {
      text.seek(stringAt[n]);
      strings[n] = text.string();
    }
    return strings[n]!;
  };
  const string = () => stringOf(body.uint());
  const trace = (): AnalysisTrace => Array.from({ length: body.uint() }, () => ({ op: body.uint() as TraceOp, args: string(), answer: string() }));
  const seek = (i: number) => {
    if (!(i >= 0 && i < count)) throw new RangeError(`no article ${i}`);
    body.seek(articleAt[i]);
  };
  return {
    of(i) {
      seek(i);
      const firstPass = trace();
      return { firstPass, secondPass: body.uint() ? trace() : null };
    },
    apply(i, second, applier) {
      seek(i);
      if (second) {
        skipTrace();
        if (!body.uint()) return;
      }
      for (let calls = body.uint(), c = 0; c < calls; c++) {
        const op = body.uint() as TraceOp;
        const args = body.uint();
        const answer = body.uint();
        if (changesRegistry(op)) applier.apply(op, stringOf(args), stringOf(answer));
      }
    },
  };
}
