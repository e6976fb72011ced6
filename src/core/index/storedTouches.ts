// What each article's analysis touches and changes of the speaker registry (traceTouches' tokens), worked out once
// when the persisted index is written and kept in a section of its own. A change replays only the articles whose
// calls touch a token the change made different; with the tokens stored, telling which those are reads no article's
// recorded calls (decoding 10,000 articles' 136,000 calls and looking up their tokens was most of that check).
//
// The tokens are stored by kind of call: the calls of one op, answer and words touch the same tokens whatever
// article made them (CallTokens), and 136,000 calls are about 7,000 kinds. Each article's pass lists its kinds.
//
// Each pass also lists, in order, the kinds of its calls that change the registry, each with whether it names the
// article that made it: an untouched article's changes are made again from those numbers (TraceApplier.applyKind),
// each kind's strings decoded once, instead of decoding every call's own argument strings (which name the article:
// 10,000 articles' calls hold about 38,000 distinct strings) and finding its kind again by them.
import { NONE, SEP, TraceOp, type AnalysisTrace, type TraceCall } from './analysisTrace';
import { ByteReader, ByteWriter, CorruptData } from './binaryCodec';
import { CallTokens } from './traceTouches';

/** A kind of call as made: its op, its arguments without the article (from the separator on, for a call that names one: see CallTokens) and its answer. */
export interface KindCall {
  readonly op: TraceOp;
  readonly words: string;
  readonly answer: string;
}

/** Whether a call of `op` changes the registry (a look-up does not). */
export function changesRegistry(op: TraceOp): boolean {
  return op !== TraceOp.LookupName && op !== TraceOp.LookupRole && op !== TraceOp.Record && op !== TraceOp.Gender;
}

/** The stored tokens and kinds of call, numbered. */
export class StoredKinds {
  private ids?: Map<string, number>;

  /**
   * `tokens`: every token by number; kind k touches the tokens `kindTokens[kindAt[2k] .. kindAt[2k+1]]` and changes
   * `kindTokens[kindAt[2k+1] .. kindAt[2k+2]]`. `call(k)`: kind k's call, decoded when first asked for. `passKinds`,
   * `passChanges`: every pass's kinds and listed changes, one after another (see StoredPass).
   */
  constructor(
    readonly tokens: readonly string[],
    readonly kindAt: Int32Array,
    readonly kindTokens: Int32Array,
    readonly call: (kind: number) => KindCall,
    readonly passKinds: Int32Array = new Int32Array(0),
    readonly passChanges: Int32Array = new Int32Array(0),
  ) {}

  get kinds(): number {
    return (this.kindAt.length - 1) / 2;
  }

  idOf(token: string): number | undefined {
    return (this.ids ??= new Map(this.tokens.map((t, id) => [t, id]))).get(token);
  }
}

/**
 * One pass of an article: the kinds of its calls, `table.passKinds[kindsFrom .. kindsTo]`, and the calls that change
 * the registry, in order, `table.passChanges[changesFrom .. changesTo]`, each `2 * kind + 1` when it names the article
 * that made the pass and `2 * kind` when it names none (or is of an op that names none); not listed (`listed` false)
 * when one of them names another article (never made by an analysis, which names its own: then its changes are made
 * from its traced calls). Ranges of the section's arrays, not views of them: an update reads every article's passes,
 * and two views made for each of 10,000 articles were most of what reading them cost (fresh memory is slow here).
 */
export class StoredPass {
  constructor(
    readonly table: StoredKinds,
    readonly kindsFrom: number,
    readonly kindsTo: number,
    readonly changesFrom: number,
    readonly changesTo: number,
    readonly listed: boolean,
  ) {}

  /** The kinds of its calls, as a view. */
  get kinds(): Int32Array {
    return this.table.passKinds.subarray(this.kindsFrom, this.kindsTo);
  }

  /** Its listed changes as a view; null when not listed. */
  get changes(): Int32Array | null {
    return this.listed ? this.table.passChanges.subarray(this.changesFrom, this.changesTo) : null;
  }
}

/** An article's stored passes: the first, and the second when it took one. */
export interface StoredTouches {
  readonly first: StoredPass;
  readonly second: StoredPass | null;
}

/** The registry's parts that may stand otherwise than in the earlier build (see analyzeSources): token strings, and marks by number for a stored table's tokens and kinds. */
export class DirtyTokens {
  private readonly tokens = new Set<string>();
  private table?: StoredKinds;
  private marks?: Uint8Array;
  /** Counts the stored tokens marked: a kind found clean at one count is clean until it grows. */
  private marked = 0;
  private kindDirty?: Uint8Array;
  private kindCleanAt?: Int32Array;

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
    if (id !== undefined) this.mark(id);
  }

  /** Whether a call of the pass touches a dirty token. */
  meets(pass: StoredPass): boolean {
    if (this.tokens.size === 0) return false;
    const kinds = this.use(pass.table).passKinds;
    for (let k = pass.kindsFrom; k < pass.kindsTo; k++) if (this.kindMeets(kinds[k])) return true;
    return false;
  }

  /** Marks every token a call of the pass changes. */
  addWrites(pass: StoredPass): void {
    const { kindAt, kindTokens, tokens, passKinds } = this.use(pass.table);
    for (let k = pass.kindsFrom; k < pass.kindsTo; k++) {
      const kind = passKinds[k];
      for (let at = kindAt[2 * kind + 1]; at < kindAt[2 * kind + 2]; at++) {
        if (this.marks![kindTokens[at]]) continue;
        this.tokens.add(tokens[kindTokens[at]]);
        this.mark(kindTokens[at]);
      }
    }
  }

  private kindMeets(kind: number): boolean {
    if (this.kindDirty![kind]) return true;
    if (this.kindCleanAt![kind] === this.marked) return false;
    const { kindAt, kindTokens } = this.table!;
    for (let at = kindAt[2 * kind]; at < kindAt[2 * kind + 1]; at++) {
      if (this.marks![kindTokens[at]]) {
        this.kindDirty![kind] = 1;
        return true;
      }
    }
    this.kindCleanAt![kind] = this.marked;
    return false;
  }

  private mark(id: number): void {
    this.marks![id] = 1;
    this.marked++;
  }

  private use(table: StoredKinds): StoredKinds {
    if (this.table === table) return table;
    // One persisted base a build: its table numbers every stored token.
    if (this.table) throw new Error('dirty tokens of two stored tables');
    this.table = table;
    this.marks = new Uint8Array(table.tokens.length);
    this.kindDirty = new Uint8Array(table.kinds);
    this.kindCleanAt = new Int32Array(table.kinds).fill(-1);
    for (const token of this.tokens) {
      const id = table.idOf(token);
      if (id !== undefined) this.mark(id);
    }
    return table;
  }
}

/**
 * Every call's argument and answer strings by number (the traces' table of strings), in the order of the articles'
 * passes (first, then second): what the stored touches find each call's kind by, with no string looked up again.
 */
export interface NumberedCalls {
  readonly strings: number;
  readonly args: Int32Array;
  readonly answers: Int32Array;
}

type Passes = ReadonlyArray<{ readonly firstPass: AnalysisTrace; readonly secondPass: AnalysisTrace | null }>;

/** Each call's argument and answer strings numbered (as `writeTraces` numbers them), for a writer not given them. */
function numberedCalls(analyses: Passes): NumberedCalls {
  const strings = new Map<string, number>();
  const number = (s: string) => {
    let n = strings.get(s);
    if (n === undefined) strings.set(s, (n = strings.size));
    return n;
  };
  const args: number[] = [];
  const answers: number[] = [];
  for (const a of analyses) {
    for (const call of [...a.firstPass, ...(a.secondPass ?? [])]) {
      args.push(number(call.args));
      answers.push(number(call.answer));
    }
  }
  return { strings: strings.size, args: Int32Array.from(args), answers: Int32Array.from(answers) };
}

/**
 * Writes every article's passes' kinds of call and the kinds' tokens (in the order of `analyses`), and each pass's
 * calls that change the registry; `ids[i]`: the id of article i as a reader will have it (which its calls name);
 * `numbered`: the calls' strings by number, as the traces' writer gave them.
 */
export function writeTouches(out: ByteWriter, analyses: Passes, ids: readonly string[], numbered = numberedCalls(analyses)): void {
  const tokens = new CallTokens();
  const numbers = new Map<string, number>();
  const number = (token: string) => {
    let n = numbers.get(token);
    if (n === undefined) numbers.set(token, (n = numbers.size));
    return n;
  };
  const kindAt: number[] = [0];
  const kindTokens: number[] = [];
  // A call's kind by its op, answer and words (its arguments without the article that made the call, which changes
  // none of its tokens: see CallTokens), all by number: the traces' writer numbered every call's strings already, and
  // the words are cut from each distinct argument string once and numbered, so that no call looks a string up (three
  // look-ups of strings a call, 135,000 calls at 10,000 articles, had been most of this writer's time).
  const { strings, args, answers } = numbered;
  const cutOf = new Int32Array(strings).fill(-1);
  const cuts = new Map<string, number>();
  const cutWords: string[] = [];
  // A cut's first kind and each kind's op and answer (as op * strings + answer) are read first: most cuts are made by
  // one op with one answer, and a look-up in `kindsBy` (its keys beyond a small integer, numbers on the heap) was most
  // of this writer's time after the strings'.
  const firstKindOf = new Int32Array(strings).fill(-1);
  const kindOpAnswer: number[] = [];
  const kindsBy = new Map<number, number>();
  const kindCalls: KindCall[] = [];
  const kindOf = (call: TraceCall, c: number): number => {
    let cut = cutOf[args[c]];
    if (cut < 0) {
      const made = CallTokens.named(call.op) ? call.args.slice(call.args.indexOf(SEP)) : call.args;
      const known = cuts.get(made);
      if (known === undefined) {
        cuts.set(made, (cut = cutWords.length));
        cutWords.push(made);
      } else cut = known;
      cutOf[args[c]] = cut;
    }
    const opAnswer = call.op * strings + answers[c];
    const first = firstKindOf[cut];
    if (first >= 0 && kindOpAnswer[first] === opAnswer) return first;
    // Below 2^53 while there are fewer than 20 million strings.
    const key = opAnswer * strings + cut;
    let kind = first < 0 ? undefined : kindsBy.get(key);
    if (kind === undefined) {
      kind = (kindAt.length - 1) / 2;
      if (first < 0) firstKindOf[cut] = kind;
      else kindsBy.set(key, kind);
      kindOpAnswer.push(opAnswer);
      kindCalls.push({ op: call.op, words: cutWords[cut], answer: call.answer });
      for (const token of tokens.touches(call)) kindTokens.push(number(token));
      kindAt.push(kindTokens.length);
      for (const token of tokens.writes(call)) kindTokens.push(number(token));
      kindAt.push(kindTokens.length);
    }
    return kind;
  };
  const kinds: number[] = [];
  const passAt: number[] = [0];
  const seconds = new Uint8Array(analyses.length);
  const changes: number[] = [];
  const changeAt: number[] = [0];
  // 1 for a pass whose changes are listed (each of its calls names its own article or none).
  const listed: number[] = [];
  // Which kinds the pass being listed holds already: the number of the pass that took each last.
  let seen = new Int32Array(1024).fill(-1);
  let passes = 0;
  // The number of the call being listed, in the numbered calls' order.
  let c = 0;
  const pass = (trace: AnalysisTrace | null, id: string) => {
    const stamp = passes++;
    const from = changes.length;
    // An article is cut from a call's arguments at the first separator: an id holding one is not listed.
    let own = !id.includes(SEP);
    for (const call of trace ?? []) {
      const kind = kindOf(call, c++);
      if (own && changesRegistry(call.op)) {
        const named = CallTokens.named(call.op) && !call.args.startsWith(`${NONE}${SEP}`);
        if (named && !(call.args.length > id.length && call.args.startsWith(id) && call.args[id.length] === SEP)) own = false;
        changes.push(2 * kind + (named ? 1 : 0));
      }
      if (kind >= seen.length) {
        const grown = new Int32Array(2 * seen.length).fill(-1);
        grown.set(seen);
        seen = grown;
      }
      if (seen[kind] === stamp) continue;
      seen[kind] = stamp;
      kinds.push(kind);
    }
    passAt.push(kinds.length);
    if (!own) changes.length = from;
    listed.push(own ? 1 : 0);
    changeAt.push(changes.length);
  };
  analyses.forEach((a, i) => {
    pass(a.firstPass, ids[i]);
    pass(a.secondPass, ids[i]);
    seconds[i] = a.secondPass ? 1 : 0;
  });
  out.uint(numbers.size);
  for (const token of numbers.keys()) out.string(token);
  out.int32s(kindAt);
  out.int32s(kindTokens);
  out.int32s(passAt);
  out.int32s(kinds);
  out.bytes(seconds);
  for (const { op, words, answer } of kindCalls) {
    out.uint(op);
    out.string(words);
    out.string(answer);
  }
  out.int32s(changeAt);
  out.int32s(changes);
  out.bytes(Uint8Array.from(listed));
}

/** Whether every listed change is of a kind that changes the registry, said to name its article only if its op names one. */
function changesAgree(changes: Int32Array, ops: Uint8Array): boolean {
  // One per call that changes the registry (100,000 at 10,000 articles): a plain loop, no call made for each.
  const mayName = new Uint8Array(TraceOp.ToSpeaker + 1);
  const changing = new Uint8Array(TraceOp.ToSpeaker + 1);
  for (let op = 0; op <= TraceOp.ToSpeaker; op++) {
    mayName[op] = CallTokens.named(op) ? 1 : 0;
    changing[op] = changesRegistry(op) ? 1 : 0;
  }
  for (let c = 0; c < changes.length; c++) {
    const code = changes[c];
    const kind = code >>> 1;
    if (code < 0 || kind >= ops.length || !changing[ops[kind]] || (code & 1 && !mayName[ops[kind]])) return false;
  }
  return true;
}

const ascending = (list: Int32Array) => list.every((at, k) => k === 0 || at >= list[k - 1]);

/** Article i's stored passes from the part `writeTouches` wrote; throws CorruptData when its parts do not agree. */
export function touchesReader(input: ByteReader, count: number): (i: number) => StoredTouches {
  const tokens = Array.from({ length: input.uint() }, () => input.string());
  const kindAt = input.int32s();
  const kindTokens = input.int32s();
  const passAt = input.int32s();
  const kinds = input.int32s();
  const seconds = input.bytes();
  if (kindAt.length % 2 !== 1) throw new CorruptData('stored touches');
  const kindCount = (kindAt.length - 1) / 2;
  // Each kind's call, decoded when a pass first makes it (its op read now: every listed change is checked against it).
  const callAt = new Float64Array(kindCount);
  const ops = new Uint8Array(kindCount);
  for (let k = 0; k < kindCount; k++) {
    const op = input.uint();
    if (op > TraceOp.ToSpeaker) throw new CorruptData('stored touches: no such op');
    ops[k] = op;
    callAt[k] = input.position;
    input.skipString();
    input.skipString();
  }
  const calls: Array<KindCall | undefined> = new Array(kindCount);
  const call = (k: number): KindCall => {
    let made = calls[k];
    if (!made) {
      input.seek(callAt[k]);
      calls[k] = made = { op: ops[k] as TraceOp, words: input.string(), answer: input.string() };
    }
    return made;
  };
  const changeAt = input.int32s();
  const changes = input.int32s();
  const listed = input.bytes();
  const table = new StoredKinds(tokens, kindAt, kindTokens, call, kinds, changes);
  const ok =
    kindAt[0] === 0 && kindAt[kindAt.length - 1] === kindTokens.length && ascending(kindAt) &&
    kindTokens.every((id) => id >= 0 && id < tokens.length) &&
    passAt.length === 2 * count + 1 && passAt[0] === 0 && passAt[2 * count] === kinds.length && ascending(passAt) &&
    kinds.every((kind) => kind >= 0 && kind < table.kinds) && seconds.length === count &&
    changeAt.length === 2 * count + 1 && changeAt[0] === 0 && changeAt[2 * count] === changes.length && ascending(changeAt) &&
    listed.length === 2 * count && changesAgree(changes, ops);
  if (!ok) throw new CorruptData('stored touches');
  const pass = (k: number): StoredPass => new StoredPass(table, passAt[k], passAt[k + 1], changeAt[k], changeAt[k + 1], listed[k] === 1);
  return (i) => {
    if (!(i >= 0 && i < count)) throw new RangeError(`no article ${i}`);
    return { first: pass(2 * i), second: seconds[i] ? pass(2 * i + 1) : null };
  };
}
