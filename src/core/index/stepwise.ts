// Long computations written as generators that yield between chunks of work, so that the same code runs
// at once (the CLI, the tests) or a chunk at a time, leaving the event loop free in between (the editor).

/** Work that yields (nothing) between chunks and returns its result at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs all the steps at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps a chunk at a time, letting other work (typing, completion requests) run in between. */
export async function runStepsAsync<T>(steps: Steps<T>, pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** How a sliced run went: the longest single step (the longest the thread was held) and the whole run's time. */
export interface SliceTiming {
  readonly longestStepMs: number;
  readonly totalMs: number;
}

/**
 * Runs the steps in slices of about `sliceMs`, pausing between slices so that requests are answered in between:
 * no slice holds the thread much longer than `sliceMs` plus its longest step.
 */
export async function runStepsInSlices<T>(
  steps: Steps<T>,
  sliceMs = 20,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<{ value: T; timing: SliceTiming }> {
  const started = Date.now();
  let longestStepMs = 0;
  let sliceStart = Date.now();
  for (;;) {
    const stepStart = Date.now();
    const step = steps.next();
    const now = Date.now();
    longestStepMs = Math.max(longestStepMs, now - stepStart);
    if (step.done) return { value: step.value, timing: { longestStepMs, totalMs: now - started } };
    if (now - sliceStart >= sliceMs) {
      await pause();
      sliceStart = Date.now();
    }
  }
}
