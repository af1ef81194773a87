// The gateway part of `npm run bench` alone, after `npm run build` and with the infrastructure up:
//   node dist/scripts/bench/gateway-main.js            our gateway, the Hive peer and the direct baselines; prints the tables, writes JSON
//   node dist/scripts/bench/gateway-main.js --profile  only the one-subgraph load, the gateway under `node --cpu-prof`; prints where its CPU went
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { subgraphs } from '@groundswell/service-kit';
import { portsFor, startServices, stopServices, waitUntilReady, type RunningService } from '../lib/services.ts';
import { benchPlatform } from './bench-platform';
import { printCpuProfileSummary, summarizeCpuProfile, type CpuProfile } from './cpu-profile-summary';
import { benchGateway, communities, gatewayBenchClient } from './gateway.bench';
import { measure, printTable, printTargets } from './measure';

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

async function withServices<T>(services: RunningService[], run: () => Promise<T>): Promise<T> {
  try {
    await waitUntilReady(services);
    return await run();
  } finally {
    await stopServices(services);
  }
}

async function benchAlone(): Promise<void> {
  const load = [{ at: 'start', loadAverage: loadavg() }];
  const result = await withServices(startServices(benchPlatform), () => benchGateway(portsFor(benchPlatform.portOffset)));
  load.push({ at: 'end', loadAverage: loadavg() });
  printTable(result.measurements);
  console.log('');
  printTargets(result.targets);
  console.log(`\nload average (1, 5, 15 min) ${load.map((entry) => `${entry.at} ${entry.loadAverage.map((value) => value.toFixed(2)).join('/')}`).join(', ')}`);
  mkdirSync('.local/bench', { recursive: true });
  const file = `.local/bench/gateway-${stamp()}.json`;
  writeFileSync(file, `${JSON.stringify({ machine: { cpus: cpus().length, node: process.version, load }, ...result }, null, 2)}\n`);
  console.log(`wrote ${file}`);
}

async function profileOneSubgraphLoad(total = 2_000, concurrency = 16): Promise<void> {
  const directory = resolve('.local/profiles', `gateway-${stamp()}`);
  mkdirSync(directory, { recursive: true });
  const services = [
    ...startServices({ ...benchPlatform, only: subgraphs.map(({ name }) => name) }),
    ...startServices({ ...benchPlatform, env: { ...benchPlatform.env, NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${directory}` }, only: ['gateway'] }),
  ];
  const window = await withServices(services, async () => {
    const client = await gatewayBenchClient(portsFor(benchPlatform.portOffset));
    const fromUs = nowUs();
    printTable([await measure('one-subgraph query through the gateway (profiled)', total, concurrency, () => client.gateway(communities).then(() => undefined))]);
    return { fromUs, toUs: nowUs() };
  });
  const [profile] = readdirSync(directory)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(directory, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!profile) throw new Error(`the gateway wrote no profile to ${directory}`);
  console.log(`\n${profile}, samples while the load ran:`);
  printCpuProfileSummary(summarizeCpuProfile(JSON.parse(readFileSync(profile, 'utf8')) as CpuProfile, 30, window));
}

(process.argv.includes('--profile') ? profileOneSubgraphLoad() : benchAlone()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
