// `npm run bench`: every figure of issue 15's targets table beside its baseline from the same run —
// exactly-once consumers against batched INSERTs and a bare KafkaJS read, the outbox relay against a
// raw producer, replay against an in-database copy, a KPI at a million members against the same
// count in SQL, bulk import against single joins, the gateway against its subgraphs called directly
// and freshness against the write's own latency — plus moderation screening against naive matchers.
// Prints every measurement, then the targets table, and writes both as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { portsFor, startServices, stopServices, waitUntilReady } from '../lib/services.ts';
import { benchAnalytics } from './analytics.bench';
import { benchPlatform } from './bench-platform';
import { benchConsumers } from './consumers.bench';
import { benchDomainConsumers } from './domain-consumers.bench';
import { benchFreshness } from './freshness.bench';
import { benchGateway } from './gateway.bench';
import { printTable, printTargets, type BenchResult, type Measurement, type TargetRow } from './measure';
import { benchMemberImport } from './member-import.bench';
import { benchRelay } from './relay.bench';
import { benchScreening } from './screening.bench';

// `npm run bench -- --only relay,consumers` runs only the named parts; `--profile` profiles each measured
// section of this process (scripts/bench/profiling.ts).
const scenarios = ['relay', 'analytics', 'consumers', 'domain consumers', 'screening', 'member import', 'gateway', 'freshness'];
const onlyArgument = process.argv.indexOf('--only');
const only = onlyArgument === -1 ? undefined : (process.argv[onlyArgument + 1] ?? '').split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !scenarios.includes(name)) ?? [];
if (only?.length === 0 || unknown.length > 0) throw new Error(`--only takes a comma-separated list of: ${scenarios.join(', ')}`);
const selected = (name: string) => !only || only.includes(name);
if (process.argv.includes('--profile')) process.env.BENCH_PROFILE = '1';

/** Targets in the order of issue 15's table. */
const targetOrder = ['analytics ingest', 'members:', 'campaigns:', 'moderation:', 'freshness', 'uncached 30-day MAU', 'bulk import', 'relay', 'replay', 'gateway'];
const orderOf = (row: TargetRow) => {
  const index = targetOrder.findIndex((prefix) => row.figure.startsWith(prefix));
  return index === -1 ? targetOrder.length : index;
};

async function main(): Promise<void> {
  const startedAt = new Date();
  const load = [{ at: 'start', loadAverage: loadavg() }];
  const measurements: Measurement[] = [];
  const targets: TargetRow[] = [];
  const add = (result: BenchResult | undefined) => {
    if (!result) return;
    measurements.push(...result.measurements);
    targets.push(...result.targets);
  };
  const timed = async <T extends BenchResult | Measurement[] | TargetRow[]>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    if (!selected(name)) return undefined;
    const started = Date.now();
    const result = await run();
    console.log(`${name}: ${((Date.now() - started) / 1e3).toFixed(0)} s (load average ${loadavg()[0]!.toFixed(2)})`);
    return result;
  };

  add(await timed('relay', () => benchRelay()));
  add(await timed('analytics', () => benchAnalytics()));
  add(await timed('consumers', () => benchConsumers()));
  const domainConsumers = (await timed('domain consumers', () => benchDomainConsumers())) ?? [];
  add({ measurements: domainConsumers.flatMap((row) => [row.baseline, row.measured]), targets: domainConsumers });
  measurements.push(...((await timed('screening', () => benchScreening())) ?? []));
  add(await timed('member import', () => benchMemberImport()));
  if (selected('gateway') || selected('freshness')) {
    load.push({ at: 'before the services', loadAverage: loadavg() });
    const services = startServices(benchPlatform);
    try {
      await waitUntilReady(services);
      const ports = portsFor(benchPlatform.portOffset);
      add(await timed('gateway', () => benchGateway(ports)));
      add(await timed('freshness', () => benchFreshness(ports.gateway)));
    } finally {
      await stopServices(services);
    }
  }
  load.push({ at: 'end', loadAverage: loadavg() });
  targets.sort((a, b) => orderOf(a) - orderOf(b));

  console.log('\nMeasurements');
  printTable(measurements);
  console.log('\nTargets (issue 15)');
  printTargets(targets);
  const counted = targets.filter((row) => !row.peer);
  const met = counted.filter((row) => row.met).length;
  console.log(`\n${met} of ${counted.length} targets met (peer rows not counted); load average (1, 5, 15 min) ${load.map((entry) => `${entry.at} ${entry.loadAverage.map((value) => value.toFixed(2)).join('/')}`).join(', ')}`);

  mkdirSync('.local/bench', { recursive: true });
  const file = `.local/bench/results-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, load };
  writeFileSync(file, `${JSON.stringify({ measuredAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), machine, targets, results: measurements }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
