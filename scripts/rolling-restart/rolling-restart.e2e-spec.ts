import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { fingerprint, differingTables } from '@groundswell/event-store';
import { MemberRegisteredV1, PointsEarnedV1 } from '@groundswell/events';
import { createProjectionRegistry } from '../../apps/analytics/src/rebuild/rebuildable-projections';
import { eventually } from '../../libs/test-kit/src/eventually';
import { serviceOrder } from '../lib/services.ts';
import { RollingPlatform, type RestartRecord } from './rolling-platform';
import { driveSteadyLoad, RetryingClient } from './steady-load';

// Beside the e2e platform (offset 800) and the npm start check (700): ports 5000–5706.
const platform = new RollingPlatform({
  instanceOffsets: [1000, 1300],
  proxyOffset: 1600,
  databasePrefix: 'groundswell_rolling',
  namespace: 'rolling',
  // Fourteen instances beside the e2e platform on one PostgreSQL of 100 connections.
  env: { LOG_LEVEL: 'warn', NODE_ENV: 'test', DATABASE_POOL_MAX: '2', RATE_LIMIT_TENANT_PER_SECOND: '1000' },
});

async function withDatabase<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function runScript(script: string, args: string[], databaseUrl: string): string {
  const run = spawnSync(process.execPath, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect({ script, status: run.status, stderr: run.status === 0 ? '' : run.stderr.slice(-2000) }).toEqual({ script, status: 0, stderr: '' });
  return run.stdout;
}

describe('rolling restart under load', () => {
  afterAll(async () => {
    await platform.stop();
    await platform.dropDatabases();
  });

  it('should restart an instance of every service one at a time under steady load and lose, fail or double nothing', async () => {
    await platform.start();
    const tenant = `rolling-${randomUUID().slice(0, 8)}`;
    const client = await RetryingClient.signedIn(platform.gatewayUrl, tenant);
    const created = await client.send<{ createCommunity: { community: { id: string } } }>(
      `mutation { createCommunity(input: { name: "滚动重启", platform: wecom }) { community { id } } }`,
    );
    const communityId = created!.createCommunity.community.id;

    let loading = true;
    const load = driveSteadyLoad(client, communityId, { workers: 3, roundEveryMs: 3_000 }, () => loading);
    const restarts: RestartRecord[] = [];
    // One instance of each service, alternating slots: every service's shutdown and start-up under load,
    // in half the time of restarting all fourteen (the suite runs within a 45-minute budget).
    for (const [index, service] of serviceOrder.entries()) restarts.push(await platform.restart(service, (index % 2) as 0 | 1));
    loading = false;
    const { joined, pointsEarned } = await load;

    // Appended in members; delivered to and applied by analytics through Kafka, each exactly once.
    const appended = await withDatabase(platform.databaseUrl('members'), async (db) => {
      const { rows } = await db.query<{ event_id: string; event_type: string }>('SELECT event_id, event_type FROM events WHERE tenant_id = $1', [tenant]);
      return rows;
    });
    const appendedIds = appended.map((event) => event.event_id);
    const analytics = platform.databaseUrl('analytics');
    const delivered = await eventually(async () => {
      const count = await withDatabase(analytics, async (db) =>
        Number((await db.query('SELECT count(*) FROM processed_messages WHERE event_id = ANY($1::uuid[])', [appendedIds])).rows[0].count),
      );
      expect(count).toBe(appendedIds.length);
      return count;
    }, 180_000, 1_000);
    const applied = await withDatabase(analytics, async (db) => {
      const logged = await db.query<{ event_id: string }>('SELECT event_id FROM analytics_events WHERE event_id = ANY($1::uuid[])', [appendedIds]);
      const joins = await db.query('SELECT count(*) FROM member_membership_changes WHERE tenant_id = $1 AND delta = 1', [tenant]);
      return { ids: logged.rows.map((row) => row.event_id), joins: Number(joins.rows[0].count) };
    });
    const registrations = appended.filter((event) => event.event_type === MemberRegisteredV1.type).length;
    const earnings = appended.filter((event) => event.event_type === PointsEarnedV1.type).length;
    const counts = {
      ...client.counts,
      instancesRestarted: restarts.length,
      membersJoined: joined.length,
      eventsAppended: appendedIds.length,
      eventsDelivered: delivered,
      eventsApplied: applied.ids.length,
      lost: appendedIds.filter((id) => !applied.ids.includes(id)).length,
      duplicated: registrations - new Set(joined).size + (earnings - pointsEarned) + (applied.joins - joined.length) + (applied.ids.length - new Set(applied.ids).size),
    };
    console.log(`rolling restart: ${JSON.stringify(counts)}\nrestarts: ${restarts.map((r) => `${r.instance} exited in ${r.exitMs} ms, ready in ${r.downMs} ms`).join(', ')}`);

    expect(restarts.map(({ instance, exitCode }) => ({ instance, exitCode }))).toEqual(restarts.map(({ instance }) => ({ instance, exitCode: 0 })));
    expect(client.counts.failures).toEqual([]);
    expect(counts.failedAfterRetries).toBe(0);
    expect(joined.length).toBeGreaterThan(restarts.length);
    expect(registrations).toBe(joined.length);
    expect(earnings).toBe(pointsEarned);
    expect(applied.joins).toBe(joined.length);
    expect(counts.lost).toBe(0);
    expect(counts.duplicated).toBe(0);

    // Every projection equals a rebuild from its log: members' read models from its event store
    // (the backup drill replays them), analytics' from its analytics log (an online rebuild).
    await platform.stop();
    const drill = runScript('scripts/backup-drill.ts', ['members'], platform.databaseUrl('members'));
    expect(drill).toContain('drill passed');
    const tables = createProjectionRegistry().list().flatMap((projection) => projection.tables);
    const live = await withDatabase(analytics, (db) => fingerprint(db, tables));
    runScript('scripts/analytics-rebuild.ts', ['all'], analytics);
    const rebuilt = await withDatabase(analytics, (db) => fingerprint(db, tables));
    expect(differingTables(live, rebuilt)).toEqual([]);
  }, 1_500_000);
});
