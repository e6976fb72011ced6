// Building the index off the request path: in slices of a few milliseconds, the thread answering requests between
// them, from the index it already has.
import { buildCorpusIndexInSlices, runStepsInSlices, type BuildIndexOptions, type CorpusIndex, type SourceArticle, type Steps } from '../core';

/** A slice of index building: short enough that a hover or a keystroke's check waits at most about this long. */
const SLICE_MS = 15;

export interface BuildTiming {
  /** The longest the thread was held by one step of the build. */
  readonly longestStepMs: number;
  readonly buildMs: number;
}

export async function buildIndexInSteps(articles: readonly SourceArticle[], options: BuildIndexOptions): Promise<{ index: CorpusIndex; timing: BuildTiming }> {
  const { index, timing } = await buildCorpusIndexInSlices(articles, options, SLICE_MS);
  return { index, timing: { longestStepMs: timing.longestStepMs, buildMs: timing.totalMs } };
}

/** Other long work (reading the persisted index back) in the same slices. */
export async function runInSlices<T>(steps: Steps<T>): Promise<T> {
  return (await runStepsInSlices(steps, SLICE_MS)).value;
}
