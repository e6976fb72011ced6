// The stalls in a V8 CPU profile (.cpuprofile): runs of busy samples (no idle sample between them), each with how
// long it held the thread, the functions that took its time, and how much of it ran in code of one's own (a frame
// whose script URL matches, anywhere on the stack). Used by the in-host suite to tell Attributor's own work on the
// extension host from the rest (other extensions, VS Code, garbage collections), and by scripts/profileStalls.ts.

export interface CpuProfile {
  readonly nodes: ReadonlyArray<{ readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number }; readonly children?: readonly number[] }>;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface BusyRun {
  /** Milliseconds from the profile's start. */
  readonly start: number;
  readonly ms: number;
  /** The share of the run with a frame of one's own code on the stack. */
  readonly ownMs: number;
  /** Self time by function (`name file:line`), largest first. */
  readonly topFunctions: ReadonlyArray<readonly [string, number]>;
}

const IDLE = new Set(['(idle)', '(program)']);

/** The profile's busy runs, in order; `own(url)` says which scripts are one's own. */
export function busyRuns(profile: CpuProfile, own: (url: string) => boolean): BusyRun[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const owned = new Map<number, boolean>();
  const isOwn = (id: number): boolean => {
    let known = owned.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = own(byId.get(id)!.callFrame.url) || (up !== undefined && isOwn(up));
      owned.set(id, known);
    }
    return known;
  };
  const label = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  };
  const runs: BusyRun[] = [];
  let time = 0;
  let current: { start: number; end: number; ownMs: number; self: Map<string, number> } | undefined;
  const close = () => {
    if (current) runs.push({ start: current.start, ms: current.end - current.start, ownMs: current.ownMs, topFunctions: [...current.self].sort((a, b) => b[1] - a[1]).slice(0, 5) });
    current = undefined;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] / 1000;
    const id = profile.samples[i];
    if (IDLE.has(byId.get(id)!.callFrame.functionName)) {
      close();
      continue;
    }
    // A sample stands for the time until the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    current ??= { start: time, end: time, ownMs: 0, self: new Map() };
    current.end = time + ms;
    if (isOwn(id)) current.ownMs += ms;
    current.self.set(label(id), (current.self.get(label(id)) ?? 0) + ms);
  }
  close();
  return runs;
}

/** One line for a run: its length, its own share, and its three costliest functions. */
export function describeRun(run: BusyRun): string {
  const top = run.topFunctions.slice(0, 3).map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(', ');
  return `${run.ms.toFixed(0)} ms at ${run.start.toFixed(0)} ms (own ${run.ownMs.toFixed(0)} ms; ${top})`;
}
