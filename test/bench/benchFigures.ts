// The benchmark's figures as `npm run bench -- --json` prints them: the machine and its load (the machine is shared:
// a figure means little without them), each figure's median, p95 and max over its runs, and the ratios.
import * as os from 'os';

export interface Summary {
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly runs: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], runs: sorted.length };
}

export class BenchReport {
  private readonly figures: Record<string, Summary & { unit: string }> = {};
  private readonly ratios: Record<string, number> = {};
  private readonly loadAtStart = os.loadavg();

  figure(name: string, value: Summary | number, unit = 'ms'): void {
    this.figures[name] = { ...(typeof value === 'number' ? { median: value, p95: value, max: value, runs: 1 } : value), unit };
  }

  ratio(name: string, value: number): void {
    this.ratios[name] = value;
  }

  add(part: { figures: Record<string, Summary>; ratios: Record<string, number> }): void {
    for (const [name, s] of Object.entries(part.figures)) this.figure(name, s);
    for (const [name, r] of Object.entries(part.ratios)) this.ratio(name, r);
  }

  /** The ratios side by side, as text. */
  ratioLines(): string[] {
    return Object.entries(this.ratios).map(([name, r]) => `  ${r.toFixed(2).padStart(7)}  ${name}`);
  }

  toJSON(): object {
    const cpus = os.cpus();
    const round = (n: number) => Math.round(n * 1000) / 1000;
    return {
      machine: { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGb: round(os.totalmem() / 1e9), platform: `${os.platform()} ${os.release()}`, node: process.version },
      load: { start: this.loadAtStart.map(round), end: os.loadavg().map(round) },
      figures: Object.fromEntries(Object.entries(this.figures).map(([k, f]) => [k, { median: round(f.median), p95: round(f.p95), max: round(f.max), runs: f.runs, unit: f.unit }])),
      ratios: Object.fromEntries(Object.entries(this.ratios).map(([k, r]) => [k, round(r)])),
    };
  }
}
