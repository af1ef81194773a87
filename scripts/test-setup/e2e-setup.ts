import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { up } from '../../deploy/local/infra-lib.ts';
import { portsFor, startServices, stopServices, waitUntilReady, type RunningService } from '../lib/services.ts';
import { dropPlatformDatabases } from '../lib/platform-databases.ts';

/** The e2e platform runs beside a developer's `npm start`: other ports, its own databases. */
export const e2ePortOffset = 800;
const databasePrefix = 'groundswell_e2e';
/** Its own Kafka topics and consumer groups too (`e2e.gs.…`), so other platforms on the broker never steal its events. */
export const e2eNamespace = 'e2e';
/** Every mutation the e2e gateway client sends (see mutation-journal.ts); emptied at each run. */
const mutationJournal = resolve(__dirname, '../../.local/e2e/mutations.jsonl');

declare global {
  var __groundswellE2eServices: RunningService[] | undefined;
}


export default async function e2eSetup(): Promise<void> {
  await up({ log: () => undefined });
  await dropPlatformDatabases(databasePrefix);
  const log: string[] = [];
  const services = startServices({
    portOffset: e2ePortOffset,
    databasePrefix,
    env: {
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      GROUNDSWELL_ENV: e2eNamespace,
      GRAPHQL_MAX_DEPTH: '4',
      GRAPHQL_MAX_COST: '5000',
      RATE_LIMIT_TENANT_PER_SECOND: '150',
      // A revoked key is refused within a second instead of ten, so the test needn't wait.
      API_KEY_CACHE_TTL_MS: '1000',
      RATE_LIMIT_API_KEY_PER_SECOND: '20',
      // The npm start check runs a second platform beside this one on the same PostgreSQL (100 connections).
      DATABASE_POOL_MAX: '6',
    },
    onLine: (service, line) => log.push(`${service} | ${line}`),
  });
  globalThis.__groundswellE2eServices = services;
  try {
    await waitUntilReady(services);
  } catch (error) {
    console.error(log.slice(-50).join('\n'));
    // Jest skips the teardown when the set-up fails; don't leave the started services behind.
    await stopServices(services);
    throw error;
  }
  process.env.GROUNDSWELL_E2E_GATEWAY = `http://127.0.0.1:${portsFor(e2ePortOffset).gateway}`;
  process.env.GROUNDSWELL_E2E_PORTS = JSON.stringify(portsFor(e2ePortOffset));
  process.env.GROUNDSWELL_E2E_ENV = e2eNamespace;
  mkdirSync(resolve(mutationJournal, '..'), { recursive: true });
  writeFileSync(mutationJournal, '');
  process.env.GROUNDSWELL_E2E_MUTATION_JOURNAL = mutationJournal;
}
