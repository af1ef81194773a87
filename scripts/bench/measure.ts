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
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { scenario, operations: total, seconds, perSecond: total / seconds, p50Ms: percentile(50), p99Ms: percentile(99) };
}

export function printTable(rows: Measurement[]): void {
  const line = (cells: string[]) => console.log(cells.map((cell, index) => (index === 0 ? cell.padEnd(44) : cell.padStart(12))).join(''));
  line(['scenario', 'ops', 'seconds', 'ops/s', 'p50 ms', 'p99 ms']);
  for (const row of rows) {
    line([row.scenario, String(row.operations), row.seconds.toFixed(2), row.perSecond.toFixed(0), row.p50Ms.toFixed(2), row.p99Ms.toFixed(2)]);
  }
}
