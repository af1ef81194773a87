import { randomUUID } from 'node:crypto';
import { activityKinds, type EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aCommunityCreated, aMemberActivity, aMemberJoined, aMemberJoinedV1, aMemberLeft, aTenantId } from '../testing/analytics-event.factories';
import { rebuildableProjections } from './rebuildable-projections';
import { rebuildProjection } from './rebuild-projection';
import { expectSameRows, snapshotTables } from './testing/projection-tables';

/** A few hundred events of every kind the projections read, some late, some delivered twice. */
function aMixedHistory(): EventEnvelope[] {
  const tenants = [aTenantId(), aTenantId()];
  const communities = [randomUUID(), randomUUID(), randomUUID()];
  const members = Array.from({ length: 12 }, () => randomUUID());
  const events: EventEnvelope[] = [];
  const pick = <T>(values: readonly T[], index: number) => values[index % values.length]!;
  for (let index = 0; index < 400; index++) {
    const at = new Date(Date.parse('2025-03-01T00:00:00Z') + ((index * 7_919) % (20 * 24 * 60)) * 60_000);
    const late = index % 9 === 0 ? 3 * 86_400_000 : 0;
    const facts = {
      tenantId: pick(tenants, index),
      communityId: pick(communities, index * 5),
      memberId: pick(members, index * 3),
      platform: index % 4 === 0 ? ('douyin' as const) : ('wecom' as const),
      at: at.toISOString(),
      recordedAt: new Date(at.getTime() + late).toISOString(),
    };
    const what = index % 10;
    if (what === 0) events.push(aMemberJoined(facts));
    else if (what === 1) events.push(aMemberJoinedV1(facts));
    else if (what === 2) events.push(aMemberLeft(facts));
    else if (what === 3) events.push(aCommunityCreated(facts));
    else events.push(aMemberActivity({ ...facts, kind: pick(activityKinds, index) }));
  }
  return [...events, ...events.filter((_, index) => index % 13 === 0)];
}

// The KPI projections this history feeds; the member-fact ones: projections/member-facts.rebuild.int-spec.ts.
const kpiProjections = rebuildableProjections.filter((projection) => ['communities', 'membership', 'active-members'].includes(projection.name));

describe(rebuildProjection.name, () => {
  const database = freshDatabase('test', () => createAnalyticsDatabase('rebuild'));

  it.each(kpiProjections.map((projection) => [projection.name, projection] as const))(
    'should rebuild %s to exactly what projecting the events one by one at ingest left',
    async (_, projection) => {
      await ingestAll(database.pool, aMixedHistory());
      await snapshotTables(database.pool, projection.tables, 'projected_at_ingest');

      const report = await rebuildProjection(database.pool, projection, { batchSize: 97 });

      expect(report.projection).toBe(projection.name);
      for (const table of projection.tables) await expectSameRows(database.pool, table, 'projected_at_ingest');
    },
  );

  it('should keep the table shape, index and constraint names, and leave no shadow schema behind', async () => {
    const describeTable = async () =>
      (
        await database.pool.query<{ name: string; definition: string }>(
          `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'membership_daily' ORDER BY 1`,
        )
      ).rows;
    const before = await describeTable();
    await ingestAll(database.pool, aMixedHistory().slice(0, 50));

    await rebuildProjection(database.pool, rebuildableProjections.find((projection) => projection.name === 'membership')!);

    expect(await describeTable()).toEqual(before);
    expect(before.map((index) => index.name)).toEqual(['membership_daily_by_tenant_day', 'membership_daily_pkey']);
    const { rows } = await database.pool.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'analytics_rebuild%'`);
    expect(rows).toEqual([]);
  });

  it('should count an event ingested after the rebuild started exactly once', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId, at: '2025-03-01T09:00:00Z' })]);
    const projection = rebuildableProjections.find((candidate) => candidate.name === 'membership')!;
    const replayingOnce = {
      ...projection,
      // Ingests a second join on the same day and instant bucket while the bulk replay runs.
      replay: async (...args: Parameters<typeof projection.replay>) => {
        const replayed = await projection.replay(...args);
        if (args[1].afterSeq === 0) await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId, at: '2025-03-01T09:00:00Z' })]);
        return replayed;
      },
    };

    await rebuildProjection(database.pool, replayingOnce);

    const { rows } = await database.pool.query('SELECT sum(joined)::int AS joined FROM membership_daily WHERE tenant_id = $1', [tenantId]);
    expect(rows[0].joined).toBe(2);
  });
});
