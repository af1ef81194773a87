// `npm run backup:drill -- members [dump file]`: the backup-and-restore drill (docs/operations.md)
// against a service's database: dump, destroy, restore, then compare every table with its state
// before the dump and every read model with a replay of the restored event log. Stop the service
// first; start it afterwards and its outbox relay carries on from the restored checkpoint.
// Environment: DATABASE_URL (default: the service's local database). Runs the build output.
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// npm runs scripts from the repository root.
const load = createRequire(resolve('package.json'));
const { runBackupDrill } = load('./dist/libs/event-store/src/index.js') as typeof import('../libs/event-store/src/index');
const { databaseName } = load('./dist/libs/service-kit/src/registry/service-registry.js') as typeof import('../libs/service-kit/src/registry/service-registry');

// Services whose read models the drill knows how to replay.
const drills = {
  members: () => (load('./dist/apps/members/src/backup/members-backup.js') as typeof import('../apps/members/src/backup/members-backup')).membersBackup,
};

async function main(service: string | undefined, dumpFile = join(tmpdir(), `groundswell-${service}-${Date.now()}.dump`)): Promise<number> {
  if (!service || !(service in drills)) {
    console.error(`usage: npm run backup:drill -- <${Object.keys(drills).join('|')}> [dump file]`);
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${databaseName(service as 'members')}`;
  const report = await runBackupDrill({ databaseUrl, dumpFile, ...drills[service as keyof typeof drills](), log: (message) => console.error(message) });
  console.log(JSON.stringify(report, null, 2));
  const passed = report.restoreDiffers.length === 0 && report.rebuildDiffers.length === 0 && report.transactionIdsAhead;
  console.log(passed ? `drill passed: ${report.events} events, ${report.tables} tables; the relay publishes ${report.unpublished} event(s) on start` : 'drill FAILED');
  return passed ? 0 : 1;
}

main(process.argv[2], process.argv[3]).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
