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
