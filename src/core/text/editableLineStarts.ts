// A draft's line starts, changed in place by each edit in time that follows the edit, not the draft. A plain array of
// line starts must add an edit's length to every line after it: at every keystroke, a pass over the lines after the
// cursor (50,000 numbers at the top of a 50,000-line draft). Here the lines are kept in chunks of a few hundred, each
// chunk's starts relative to the chunk's first line, and the chunks' widths (characters) and line counts in two
// Fenwick trees: an edit rewrites the starts of its own chunk and moves every later chunk at once, in O(log n); an
// offset's line and column, or a line's start, are found in O(log n).
import { firstAtLeastIn } from './sortedNumbers';

/** Lines a chunk is cut to; a chunk is cut again when an edit makes it more than twice that. */
const CHUNK_LINES = 256;

/** What an edit changed: `[start, oldEnd)` of the last text became `[start, newEnd)` of the new one. */
interface LineEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Adds `value` to entry `i` of a Fenwick tree. */
function addAt(tree: number[], i: number, value: number): void {
  for (let k = i + 1; k < tree.length; k += k & -k) tree[k] += value;
}

/** The sum of a Fenwick tree's first `count` entries. */
function sumBefore(tree: readonly number[], count: number): number {
  let sum = 0;
  for (let k = count; k > 0; k -= k & -k) sum += tree[k];
  return sum;
}

/** How many leading entries (none negative) add up to at most `limit`: the index of the entry `limit` falls in. */
function entriesWithin(tree: readonly number[], limit: number): number {
  let at = 0;
  let step = 1;
  while (step * 2 < tree.length) step *= 2;
  for (; step > 0; step >>= 1) {
    if (at + step < tree.length && tree[at + step] <= limit) {
      at += step;
      limit -= tree[at];
    }
  }
  return at;
}

/** A Fenwick tree of `values`, made in one pass. */
function fenwickOf(values: readonly number[]): number[] {
  const tree = [0, ...values];
  for (let k = 1; k < tree.length; k++) {
    const up = k + (k & -k);
    if (up < tree.length) tree[up] += tree[k];
  }
  return tree;
}


/**
 * The offsets at which a text's lines begin (0 and after each `\n`, `\r\n` or lone `\r`, as computeLineStarts gives
 * them), kept through edits. Read with positionAt / offsetAt (textLines.ts), or whole by iterating.
 */
export class EditableLineStarts {
  /** Each chunk's line starts less its first (so each chunk begins with 0). No chunk is empty. */
  private chunks: number[][] = [[0]];
  /** Each chunk's width: from its first line's start to the next chunk's (the last: to one past the text's end). */
  private widths: number[] = [1];
  private counts: number[] = [1];
  /** Fenwick trees of `widths` and `counts`: a chunk's first line start and index are sums of those before it. */
  private widthTree: number[] = fenwickOf(this.widths);
  private countTree: number[] = fenwickOf(this.counts);
  private lines = 1;

  /** The line starts of the empty text; `chunkLines` lines a chunk (smaller in tests, to cross chunks often). */
  constructor(private readonly chunkLines = CHUNK_LINES) {}

  /** How many lines the text has. */
  get lineCount(): number {
    return this.lines;
  }

  /** 0-based line and column of `offset` (the last line's for an offset past the text's end). */
  positionAt(offset: number): { readonly line: number; readonly column: number } {
    // The chunk, its first line's start and the lines before it in one descent of the two trees (their nodes cover
    // the same chunks): the language server asks this twice for every finding after every keystroke.
    const widths = this.widthTree;
    const counts = this.countTree;
    let chunk = 0;
    let first = 0;
    let lines = 0;
    let step = 1;
    while (step * 2 < widths.length) step *= 2;
    for (; step > 0; step >>= 1) {
      const next = chunk + step;
      if (next < widths.length && next < this.chunks.length && first + widths[next] <= offset) {
        chunk = next;
        first += widths[next];
        lines += counts[next];
      }
    }
    const starts = this.chunks[chunk];
    const k = Math.max(0, firstAtLeastIn(starts, offset - first + 1) - 1);
    return { line: lines + k, column: offset - first - starts[k] };
  }

  /** Where 0-based line `line` begins (0 ≤ line < lineCount). */
  lineStart(line: number): number {
    const chunk = Math.min(entriesWithin(this.countTree, line), this.chunks.length - 1);
    return sumBefore(this.widthTree, chunk) + this.chunks[chunk][line - sumBefore(this.countTree, chunk)];
  }

  *[Symbol.iterator](): IterableIterator<number> {
    let first = 0;
    for (let c = 0; c < this.chunks.length; c++) {
      for (const at of this.chunks[c]) yield first + at;
      first += this.widths[c];
    }
  }

  /**
   * Makes these the line starts of `text`, which `edit` made of the text they were the line starts of. A line start
   * depends on the two characters around it, so only those in `[start, oldEnd]` can change (besides moving).
   */
  edit(text: string, { start, oldEnd, newEnd }: LineEdit): void {
    const from = Math.max(1, start);
    const delta = newEnd - oldEnd;
    // The new text's line starts in [from, newEnd].
    const found: number[] = [];
    for (let i = from - 1; i < newEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) found.push(i + 1);
    }
    const chunk = this.chunkHolding(from);
    const last = this.chunkHolding(oldEnd);
    if (chunk === last && this.editWithin(chunk, from, oldEnd, delta, found)) return;
    this.recut(chunk, last, from, oldEnd, delta, found);
  }

  /** The chunk an offset falls in: the last whose first line starts at or before it. */
  private chunkHolding(offset: number): number {
    return Math.min(entriesWithin(this.widthTree, Math.max(0, offset)), this.chunks.length - 1);
  }

  /** The edit made inside one chunk, keeping its first line and its size within bounds; false when it cannot be. */
  private editWithin(chunk: number, from: number, oldEnd: number, delta: number, found: readonly number[]): boolean {
    const first = sumBefore(this.widthTree, chunk);
    const starts = this.chunks[chunk];
    const gone = firstAtLeastIn(starts, from - first);
    const kept = firstAtLeastIn(starts, oldEnd - first + 1);
    // The chunk's first line must stay its first, where the later chunks' places count from.
    if (gone === 0 && found[0] !== first) return false;
    const added = found.length - (kept - gone);
    if (starts.length + added > 2 * this.chunkLines) return false;
    for (let k = kept; k < starts.length; k++) starts[k] += delta;
    const relative = found.map((at) => at - first);
    if (relative.length <= 4096) starts.splice(gone, kept - gone, ...relative);
    else {
      const rest = starts.splice(kept);
      starts.length = gone;
      for (const at of relative) starts.push(at);
      for (const at of rest) starts.push(at);
    }
    this.widths[chunk] += delta;
    addAt(this.widthTree, chunk, delta);
    if (added !== 0) {
      this.counts[chunk] += added;
      addAt(this.countTree, chunk, added);
      this.lines += added;
    }
    return true;
  }

  /** Chunks `first` to `last` cut anew around the edit (an edit across chunks, or one that outgrew its chunk). */
  private recut(first: number, last: number, from: number, oldEnd: number, delta: number, found: readonly number[]): void {
    const origin = sumBefore(this.widthTree, first);
    const before: number[] = [];
    const after: number[] = [];
    let at = origin;
    let removed = 0;
    for (let c = first; c <= last; c++) {
      for (const offset of this.chunks[c]) {
        const line = at + offset;
        if (line < from) before.push(line);
        else if (line > oldEnd) after.push(line + delta);
        else removed++;
      }
      at += this.widths[c];
    }
    const starts = [...before, ...found, ...after];
    // Where the chunks cut here end, in the new text.
    const end = at + delta;
    const chunks: number[][] = [];
    const widths: number[] = [];
    const counts: number[] = [];
    for (let k = 0; k < starts.length; k += this.chunkLines) {
      const lines = starts.slice(k, k + this.chunkLines);
      const head = lines[0];
      chunks.push(lines.map((line) => line - head));
      widths.push((k + this.chunkLines < starts.length ? starts[k + this.chunkLines] : end) - head);
      counts.push(lines.length);
    }
    // The first line left may start after the chunk did (its first line was removed): the chunk before reaches it.
    // None left: the chunk before reaches the end. (The text's first line, at 0, is never removed.)
    const gap = (starts.length ? starts[0] : end) - origin;
    if (gap !== 0) this.widths[first - 1] += gap;
    this.chunks.splice(first, last - first + 1, ...chunks);
    this.widths.splice(first, last - first + 1, ...widths);
    this.counts.splice(first, last - first + 1, ...counts);
    this.widthTree = fenwickOf(this.widths);
    this.countTree = fenwickOf(this.counts);
    this.lines += found.length - removed;
  }
}
