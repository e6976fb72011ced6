// What each article's analysis touches and changes of the speaker registry (traceTouches' tokens), worked out once
// when the persisted index is written and kept in a section of its own. A change replays only the articles whose
// calls touch a token the change made different; with the tokens stored, telling which those are reads no article's
// recorded calls (10,000 articles' 136,000 calls decoded and their tokens looked up were most of that check).
import type { AnalysisTrace } from './analysisTrace';
import { ByteReader, ByteWriter, CorruptData } from './binaryCodec';
import { CallTokens } from './traceTouches';

/** The registry's parts that may stand otherwise than in the earlier build (see analyzeSources), as token strings and, for a stored table's tokens, as marks by number. */
export class DirtyTokens {
  private readonly tokens = new Set<string>();
  private table?: TokenTable;
  private marks?: Uint8Array;

  get size(): number {
    return this.tokens.size;
  }

  has(token: string): boolean {
    return this.tokens.has(token);
  }

  add(token: string): void {
    if (this.tokens.has(token)) return;
    this.tokens.add(token);
    const id = this.table?.idOf(token);
    if (id !== undefined) this.marks![id] = 1;
  }

  /** Whether a token of `ids` (numbers in `table`) is dirty. */
  meets(table: TokenTable, ids: Int32Array): boolean {
    if (this.tokens.size === 0) return false;
    const marks = this.marksOf(table);
    for (let k = 0; k < ids.length; k++) if (marks[ids[k]]) return true;
    return false;
  }

  /** Marks the tokens `ids` (numbers in `table`). */
  addIds(table: TokenTable, ids: Int32Array): void {
    const marks = this.marksOf(table);
    for (let k = 0; k < ids.length; k++) {
      if (marks[ids[k]]) continue;
      marks[ids[k]] = 1;
      this.tokens.add(table.tokens[ids[k]]);
    }
  }

  private marksOf(table: TokenTable): Uint8Array {
    if (this.table === table) return this.marks!;
    // One persisted base a build: its table numbers every stored token.
    if (this.table) throw new Error('dirty tokens of two token tables');
    this.table = table;
    this.marks = new Uint8Array(table.tokens.length);
    for (const token of this.tokens) {
      const id = table.idOf(token);
      if (id !== undefined) this.marks[id] = 1;
    }
    return this.marks;
  }
}

/** The stored tokens, numbered. */
export class TokenTable {
  private ids?: Map<string, number>;

  constructor(readonly tokens: readonly string[]) {}

  idOf(token: string): number | undefined {
    return (this.ids ??= new Map(this.tokens.map((t, id) => [t, id]))).get(token);
  }
}

/** What one pass of an article touches (reads or changes) and changes, as token numbers. */
export interface StoredPass {
  readonly table: TokenTable;
  readonly touched: Int32Array;
  readonly written: Int32Array;
}

/** An article's stored passes: the first, and the second when it took one. */
export interface StoredTouches {
  readonly first: StoredPass;
  readonly second: StoredPass | null;
}

/** Writes every article's passes' tokens (in the order of `analyses`). */
export function writeTouches(out: ByteWriter, analyses: ReadonlyArray<{ readonly firstPass: AnalysisTrace; readonly secondPass: AnalysisTrace | null }>): void {
  const tokens = new CallTokens();
  const numbers = new Map<string, number>();
  const ids: number[] = [];
  const offsets: number[] = [0];
  const seconds = new Uint8Array(analyses.length);
  const list = (found: Set<number>) => {
    ids.push(...found);
    offsets.push(ids.length);
  };
  const number = (token: string) => {
    let n = numbers.get(token);
    if (n === undefined) numbers.set(token, (n = numbers.size));
    return n;
  };
  const pass = (trace: AnalysisTrace | null) => {
    const touched = new Set<number>();
    const written = new Set<number>();
    for (const call of trace ?? []) {
      for (const token of tokens.touches(call)) touched.add(number(token));
      for (const token of tokens.writes(call)) written.add(number(token));
    }
    list(touched);
    list(written);
  };
  analyses.forEach((a, i) => {
    pass(a.firstPass);
    pass(a.secondPass);
    seconds[i] = a.secondPass ? 1 : 0;
  });
  out.uint(numbers.size);
  for (const token of numbers.keys()) out.string(token);
  out.int32s(offsets);
  out.int32s(ids);
  out.bytes(seconds);
}

/** Article i's stored passes from the part `writeTouches` wrote; throws CorruptData when its parts do not agree. */
export function touchesReader(input: ByteReader, count: number): (i: number) => StoredTouches {
  const table = new TokenTable(Array.from({ length: input.uint() }, () => input.string()));
  const offsets = input.int32s();
  const ids = input.int32s();
  const seconds = input.bytes();
  const ok = offsets.length === 4 * count + 1 && offsets[0] === 0 && offsets[4 * count] === ids.length && seconds.length === count &&
    offsets.every((at, k) => k === 0 || at >= offsets[k - 1]) && ids.every((id) => id >= 0 && id < table.tokens.length);
  if (!ok) throw new CorruptData('stored touches');
  const range = (k: number) => ids.subarray(offsets[k], offsets[k + 1]);
  return (i) => {
    if (!(i >= 0 && i < count)) throw new RangeError(`no article ${i}`);
    const first = { table, touched: range(4 * i), written: range(4 * i + 1) };
    return { first, second: seconds[i] ? { table, touched: range(4 * i + 2), written: range(4 * i + 3) } : null };
  };
}
