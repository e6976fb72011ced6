// Building the index off the request path: in slices of a few milliseconds, the thread answering requests between
// them, from the index it already has.
import { buildCorpusIndexInSlices, type BuildIndexOptions, type CorpusIndex, type SourceArticle } from '../core';

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
