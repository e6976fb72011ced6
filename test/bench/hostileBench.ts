// `npm run bench`'s hostile section: a check of each draft shape that once took time growing with the square of
// its size, at 10,000, 50,000 and 100,000 characters (median of five checks). The goal: none over 100 ms below
// 100,000 characters.
import { checkDraft, type CorpusIndex } from '../../src/core';
import { hostileShapes } from '../support/hostileShapes';

const SIZES = [10_000, 50_000, 100_000];

/** The median wall time of `runs` runs of `f` after one unmeasured run, in ms (the hostile and output sections). */
export function medianMs(runs: number, f: () => void): number {
  f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return samples.sort((a, b) => a - b)[runs >> 1];
}

export interface HostileFigure {
  readonly shape: string;
  readonly chars: number;
  readonly medianMs: number;
}

export function benchHostileShapes(index: CorpusIndex): HostileFigure[] {
  const shapes = hostileShapes(index.articles.map((a) => a.text).join(' '));
  const figures: HostileFigure[] = [];
  console.log(`hostile drafts against ${index.articles.length} sources: check time, median of 5 (ms) at ${SIZES.map((n) => n.toLocaleString('en')).join(' / ')} characters`);
  for (const shape of shapes) {
    const times = SIZES.map((chars) => {
      const text = shape.make(chars);
      const ms = medianMs(5, () => checkDraft(text, index));
      figures.push({ shape: shape.name, chars, medianMs: ms });
      return ms;
    });
    console.log(`  ${shape.name.padEnd(38)} ${times.map((t) => t.toFixed(1).padStart(7)).join(' ')}`);
  }
  return figures;
}
