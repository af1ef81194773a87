/** Latency and throughput of `total` calls of `task`, `concurrency` at a time. */
export interface Measurement {
  scenario: string;
  operations: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export async function measure(scenario: string, total: number, concurrency: number, task: (index: number) => Promise<void>): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        const begin = process.hrtime.bigint();
        await task(index);
        latencies.push(Number(process.hrtime.bigint() - begin) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { scenario, operations: total, seconds, perSecond: total / seconds, ...percentiles(latencies) };
}

/** p50 and p99 of latencies in milliseconds (0 when there are none). */
export function percentiles(latencies: readonly number[]): { p50Ms: number; p99Ms: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { p50Ms: percentile(50), p99Ms: percentile(99) };
}

/** A figure with no per-operation latencies: `operations` done in `seconds`. */
export function throughput(scenario: string, operations: number, seconds: number): Measurement {
  return { scenario, operations, seconds, perSecond: operations / seconds, p50Ms: 0, p99Ms: 0 };
}

export function printTable(rows: readonly Measurement[]): void {
  const line = (cells: string[]) => console.log(cells.map((cell, index) => (index === 0 ? cell.padEnd(60) : cell.padStart(11))).join(''));
  line(['scenario', 'ops', 'seconds', 'ops/s', 'p50 ms', 'p99 ms']);
  for (const row of rows) {
    line([row.scenario, String(row.operations), row.seconds.toFixed(2), row.perSecond.toFixed(0), row.p50Ms.toFixed(2), row.p99Ms.toFixed(2)]);
  }
}

/**
 * One row of issue 15's targets table: a figure measured beside its baseline in the same run, and
 * whether it meets its target. `by` says which side of the measurement the target is about:
 * throughput (the default, where the ratio is measured ÷ baseline ops/s) or p99 latency.
 */
export interface TargetRow {
  figure: string;
  measured: Measurement;
  baseline: Measurement;
  target: string;
  met: boolean;
  by?: 'throughput' | 'p99';
  /** What the reader needs beside the numbers, e.g. a rate that fell short of the one asked for. */
  note?: string;
  /** Shown beside a target's rows for comparison (another gateway on the same baseline); not a target, not counted. */
  peer?: boolean;
}

/** A throughput target that is a share of the baseline, e.g. ≥ 40% of batched INSERT. */
export function shareOfBaseline(figure: string, measured: Measurement, baseline: Measurement, share: number): TargetRow {
  return { figure, measured, baseline, target: `≥ ${share * 100}% of baseline`, met: measured.perSecond >= share * baseline.perSecond };
}

/** A peer's figure on a target's baseline, e.g. another gateway against the same direct calls. */
export function peerOfBaseline(figure: string, measured: Measurement, baseline: Measurement): TargetRow {
  return { figure, measured, baseline, target: 'peer (no target)', met: true, peer: true };
}

/** An absolute throughput target, e.g. ≥ 2,000 members/s. */
export function atLeastPerSecond(figure: string, measured: Measurement, baseline: Measurement, perSecond: number, unit: string): TargetRow {
  return { figure, measured, baseline, target: `≥ ${perSecond.toLocaleString('en')} ${unit}/s`, met: measured.perSecond >= perSecond };
}

/** A p99 latency target, e.g. p99 < 300 ms. */
export function p99Below(figure: string, measured: Measurement, baseline: Measurement, ms: number): TargetRow {
  return { figure, measured, baseline, target: `p99 < ${ms.toLocaleString('en')} ms`, met: measured.p99Ms < ms, by: 'p99' };
}

const thousands = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en') : 'never');

/** How a row's measurement reads in the targets table: ops/s, or p99 (and p50) for a latency target. */
export function figureOf(row: TargetRow, side: Measurement): string {
  return row.by === 'p99' ? `p99 ${thousands(side.p99Ms)} ms (p50 ${thousands(side.p50Ms)})` : `${thousands(side.perSecond)}/s`;
}

export function ratioOf(row: TargetRow): string {
  if (row.by === 'p99') return row.baseline.p99Ms > 0 && Number.isFinite(row.measured.p99Ms) ? `${(row.measured.p99Ms / row.baseline.p99Ms).toFixed(1)}×` : '—';
  return row.baseline.perSecond > 0 ? `${((100 * row.measured.perSecond) / row.baseline.perSecond).toFixed(1)}%` : '—';
}

export function printTargets(rows: readonly TargetRow[]): void {
  const widths = [52, 24, 60, 9, 22, 7];
  const line = (cells: string[]) => console.log(cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' '));
  line(['figure', 'measured', 'baseline (same run)', 'ratio', 'target', 'result']);
  for (const row of rows) {
    line([row.figure, figureOf(row, row.measured), `${row.baseline.scenario}: ${figureOf(row, row.baseline)}`, ratioOf(row), row.target, row.peer ? 'peer' : row.met ? 'met' : 'MISSED']);
    if (row.note) console.log(`  ${row.note}`);
  }
}

/** What one bench file measured: every measurement, and the target rows made from them. */
export interface BenchResult {
  measurements: Measurement[];
  targets: TargetRow[];
}
