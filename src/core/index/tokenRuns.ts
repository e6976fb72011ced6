// The word index's stream of word ids and their starts, held as runs of other arrays. An index patched with a
// delta of changed articles (patchedWordIndex) reads its base's articles in the base's own arrays, where they are,
// and a changed article's in its own: copying the base's 10 million ids and starts into new arrays cost 0.14-0.2 s
// and 60 MB at 10,000 articles at every run while a delta existed. A position is the one a fresh build of the same
// texts gives (the articles one after another), and an article's tokens lie within one run.

export type StartArray = Int32Array | Uint16Array;

/** Positions [at, next run's at) read `ids` and `starts` from `from` on. */
export interface TokenRun {
  readonly at: number;
  readonly ids: Int32Array;
  readonly starts: StartArray;
  readonly from: number;
}

export class TokenRuns {
  /** The run last found (most reads follow each other within one). */
  private lo = 0;
  private hi = 0;
  private shift = 0;
  private ids: Int32Array;
  private starts: StartArray;

  /** `runs` in the order of their positions, the first at 0; `length`: one past the last position. */
  constructor(
    private readonly runs: readonly TokenRun[],
    readonly length: number,
  ) {
    this.ids = runs[0]?.ids ?? new Int32Array(0);
    this.starts = runs[0]?.starts ?? new Int32Array(0);
    if (runs.length > 0) this.seek(0);
  }

  /** One run: the arrays of a build, or of a file read back. */
  static whole(ids: Int32Array, starts: StartArray): TokenRuns {
    return new TokenRuns([{ at: 0, ids, starts, from: 0 }], ids.length);
  }

  private end(r: number): number {
    return r + 1 < this.runs.length ? this.runs[r + 1].at : this.length;
  }

  private seek(position: number): void {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runs[mid].at <= position) lo = mid;
      else hi = mid - 1;
    }
    const run = this.runs[lo];
    this.lo = run.at;
    this.hi = this.end(lo);
    this.shift = run.at - run.from;
    this.ids = run.ids;
    this.starts = run.starts;
  }

  /** The word id at a position. */
  idAt(position: number): number {
    if (position < this.lo || position >= this.hi) this.seek(position);
    return this.ids[position - this.shift];
  }

  /** Where the word at a position starts in its article. */
  startAt(position: number): number {
    if (position < this.lo || position >= this.hi) this.seek(position);
    return this.starts[position - this.shift];
  }

  /** The ids of positions [from, to): a view when they lie in one run (an article's always do), else a copy. */
  idsIn(from: number, to: number): Int32Array {
    if (to <= from) return new Int32Array(0);
    if (from < this.lo || from >= this.hi) this.seek(from);
    if (to <= this.hi) return this.ids.subarray(from - this.shift, to - this.shift);
    return Int32Array.from({ length: to - from }, (_, k) => this.idAt(from + k));
  }

  /** The starts of positions [from, to), as idsIn. */
  startsIn(from: number, to: number): StartArray {
    if (to <= from) return new Int32Array(0);
    if (from < this.lo || from >= this.hi) this.seek(from);
    if (to <= this.hi) return this.starts.subarray(from - this.shift, to - this.shift);
    return Int32Array.from({ length: to - from }, (_, k) => this.startAt(from + k));
  }

  /** Every id and start in two arrays of their own (a copy: for what needs the whole stream at once, as a file written whole). */
  joined(): { stream: Int32Array; starts: Int32Array } {
    const stream = new Int32Array(this.length);
    const starts = new Int32Array(this.length);
    this.runs.forEach((run, r) => {
      const count = this.end(r) - run.at;
      stream.set(run.ids.subarray(run.from, run.from + count), run.at);
      starts.set(run.starts.subarray(run.from, run.from + count), run.at);
    });
    return { stream, starts };
  }
}
