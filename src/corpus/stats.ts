// Counts and overturn rates, with 95 % Wilson score intervals (better than the normal approximation
// for the small counts and the ~10 % rates that IMR data has).
import type { Program, StatsDimension, Store } from '../storage/index.ts';

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval for k successes in n trials; z = 1.96 gives 95 %. */
export function wilsonInterval(k: number, n: number, z = 1.959963984540054): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface StatsLine {
  key: string;
  total: number;
  upheld: number;
  overturned: number;
  /** Overturned / decided (items without a read decision are counted in total only). */
  overturnRate: number | null;
  ci95: Interval | null;
}

export interface StatsReport {
  by: StatsDimension;
  program: Program;
  rows: StatsLine[];
  totals: StatsLine;
}

function line(key: string, total: number, upheld: number, overturned: number): StatsLine {
  const decided = upheld + overturned;
  return {
    key,
    total,
    upheld,
    overturned,
    overturnRate: decided > 0 ? overturned / decided : null,
    ci95: decided > 0 ? wilsonInterval(overturned, decided) : null,
  };
}

export async function decisionStats(store: Store, by: StatsDimension, program: Program): Promise<StatsReport> {
  const raw = await store.stats(by, program);
  const rows = raw.map((r) => line(r.key, r.total, r.upheld, r.overturned));
  const sum = (f: (r: StatsLine) => number): number => rows.reduce((a, r) => a + f(r), 0);
  return {
    by,
    program,
    rows,
    totals: line('total', sum((r) => r.total), sum((r) => r.upheld), sum((r) => r.overturned)),
  };
}
