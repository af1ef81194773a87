// `npm run bench`: measures the gateway against a subgraph called directly, the outbox relay
// against a raw producer, analytics against raw PostgreSQL, exactly-once consumers against batched
// INSERTs and a bare KafkaJS read, and moderation screening against naive
// matchers, each pair in the same run; prints a
// table and writes JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { portsFor, startServices, stopServices, waitUntilReady } from '../lib/services.ts';
import { benchAnalytics } from './analytics.bench';
import { benchConsumers } from './consumers.bench';
import { benchGateway } from './gateway.bench';
import { printTable, type Measurement } from './measure';
import { benchMemberImport } from './member-import.bench';
import { benchRelay } from './relay.bench';
import { benchScreening } from './screening.bench';

const portOffset = 900;

async function main(): Promise<void> {
  const results: Measurement[] = [];
  results.push(...(await benchRelay()));
  results.push(...(await benchAnalytics()));
  results.push(...(await benchConsumers()));
  results.push(...(await benchScreening()));
  results.push(...(await benchMemberImport()));
  const services = startServices({
    portOffset,
    databasePrefix: 'groundswell_bench',
    // The point is to measure the gateway, not to watch the tenant rate limit refuse the load.
    env: { LOG_LEVEL: 'warn', RATE_LIMIT_TENANT_PER_SECOND: '1000000', GROUNDSWELL_DEMO: 'off' },
  });
  try {
    await waitUntilReady(services);
    results.push(...(await benchGateway(portsFor(portOffset))));
  } finally {
    await stopServices(services);
  }
  printTable(results);
  mkdirSync('.local/bench', { recursive: true });
  const file = `.local/bench/results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
  console.log(`\nwrote ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
