import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool, dropDatabase, type Migration } from '@groundswell/service-kit';
import { createTestDatabase, createTopic, eventually, testKafka, topicSize, uniqueName, type TestDatabase } from '@groundswell/test-kit';
import { ledgerStream, ledgerTotalsProjection, ledgerTotalsTable } from '../__fixtures__/ledger.fixture';
import { EventStore } from '../event-store';
import { OutboxRelay } from '../relay/outbox-relay';
import { loadCheckpoint } from '../relay/relay-checkpoint';
import { positionOf } from '../store/event-store';
import { eventStoreMigrations } from '../store/event-store.migrations';
import { runBackupDrill, type BackupDrillOptions } from './backup-drill';

const ledgerTables: Migration = { name: 'test/0001-ledger-totals', up: async (client) => void (await client.query(ledgerTotalsTable)) };
const projections = { ledger: [ledgerTotalsProjection] };

describe(runBackupDrill.name, () => {
  const kafka = testKafka('backup-drill-test');
  const topic = uniqueName('backup-drill');
  const folder = mkdtempSync(join(tmpdir(), 'gs-backup-drill-'));
  const versions = new Map<string, number>();
  let database: TestDatabase;
  let relay: OutboxRelay | undefined;

  const relayOn = (db: TestDatabase) =>
    new OutboxRelay({ name: 'ledger', pool: db.pool, databaseUrl: db.url, kafka, topicFor: () => topic, pollIntervalMs: 250 });

  async function post(store: EventStore, count: number) {
    const stored = [];
    for (let index = 0; index < count; index += 1) {
      const streamId = `ledger-${index % 3}`;
      const expectedVersion = versions.get(streamId) ?? 0;
      const [events] = await store.transaction((client) =>
        store.append(client, [{ stream: ledgerStream(streamId), expectedVersion, events: [{ type: 'groundswell.ledger.AmountPosted.v1', data: { amount: index + 1, reference: `p-${index}` } }] }], {
          correlationId: randomUUID(),
        }),
      );
      versions.set(streamId, expectedVersion + 1);
      stored.push(...events!);
    }
    return stored;
  }

  const drill = (overrides: Partial<BackupDrillOptions> = {}) =>
    runBackupDrill({ databaseUrl: database.url, dumpFile: join(folder, `${randomUUID()}.dump`), projections, readModels: ['ledger_totals'], ...overrides });

  beforeAll(async () => {
    database = await createTestDatabase('backup_drill', [...eventStoreMigrations, ledgerTables]);
    await createTopic(kafka, topic, 3);
  });

  afterAll(async () => {
    await relay?.stop();
    // The drill replaced the database under the test kit's pool; a fresh one may still need dropping.
    await database.drop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  it('should restore the database identically and let the relay carry on from its checkpoint without republishing', async () => {
    await post(new EventStore(database.pool, projections), 12);
    relay = relayOn(database);
    relay.start();
    await eventually(async () => expect(await topicSize(kafka, topic)).toBe(12), 30_000);
    // An operator stops the service before restoring its database.
    await relay.stop();
    await database.pool.end();

    const report = await drill();
    expect(report).toEqual({ tables: expect.any(Number), events: 12, restoreDiffers: [], rebuildDiffers: [], unpublished: 0, transactionIdsAhead: true });

    database = reconnect(database);
    relay = relayOn(database);
    relay.start();
    const more = await post(new EventStore(database.pool, projections), 3);
    await eventually(async () => expect(await loadCheckpoint(database.pool, 'ledger')).toEqual(positionOf(more[2]!)), 30_000);
    expect(await topicSize(kafka, topic)).toBe(15);
  });

  it('should report a read model that no longer equals a replay of the event log', async () => {
    await relay?.stop();
    relay = undefined;
    await database.pool.query(`UPDATE ledger_totals SET balance = balance + 1 WHERE stream_id = 'ledger-1'`);
    await database.pool.end();

    const report = await drill();
    expect(report.restoreDiffers).toEqual([]);
    expect(report.rebuildDiffers).toEqual(['ledger_totals']);
    database = reconnect(database);
  });
});

/** The test kit's database with a new pool (the drill destroyed the database the old one pointed at). */
function reconnect(database: TestDatabase): TestDatabase {
  const pool = createPool(database.url, 5, 'backup-drill-test');
  return {
    url: database.url,
    pool,
    async drop() {
      await pool.end().catch(() => undefined);
      await dropDatabase(database.url);
    },
  };
}
