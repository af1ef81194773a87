import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@groundswell/test-kit';
import { Registry } from 'prom-client';
import { createClient } from 'redis';
import { analyticsService } from '../../apps/analytics/src/analytics.service';
import { KpiAnswerCache } from '../../apps/analytics/src/cache/kpi-answer-cache';
import { KpiQueryService } from '../../apps/analytics/src/kpis/kpi-query.service';
import type { KpiRequest } from '../../apps/analytics/src/kpis/kpi-request';
import { rebuildableProjections } from '../../apps/analytics/src/rebuild/rebuildable-projections';
import { rebuildProjection } from '../../apps/analytics/src/rebuild/rebuild-projection';
import { generateEventLog } from '../../apps/analytics/src/rebuild/testing/generate-event-log';
import { measure, p99Below, shareOfBaseline, throughput, type BenchResult, type Measurement } from './measure';
import { seedMillionMemberTenant } from './million-member-tenant';
import { profiled } from './profiling';

/**
 * Analytics, each against a baseline in the same run: a rebuild of every projection against
 * copying the same log inside PostgreSQL, and the uncached 30-day MAU of one community of a
 * 1,000,000-member tenant against the same count asked of PostgreSQL directly (the cached answer
 * as a further row). Ingest is measured through the exactly-once consumer, in consumers.bench.ts.
 */
export async function benchAnalytics(replayTotal = 300_000, mauQueries = 100): Promise<BenchResult> {
  const database = await createTestDatabase('bench_analytics', analyticsService.migrations);
  const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  await redis.connect();
  try {
    await generateEventLog(database.pool, { events: replayTotal, membersPerCommunity: 500 });
    const { rows } = await database.pool.query<{ events: number }>('SELECT count(*)::int AS events FROM analytics_events');
    const logSize = rows[0]!.events;
    const copyStarted = process.hrtime.bigint();
    await database.pool.query('CREATE TABLE bench_log_copy AS SELECT * FROM analytics_events');
    const copy = throughput('log copied in PostgreSQL (baseline)', logSize, Number(process.hrtime.bigint() - copyStarted) / 1e9);
    // Each projection's share of the replay is its own row: where the time goes.
    const rebuilt: Measurement[] = [];
    await profiled('replay', async () => {
      for (const projection of rebuildableProjections) {
        const started = process.hrtime.bigint();
        await rebuildProjection(database.pool, projection);
        rebuilt.push(throughput(`  replay of ${projection.name} alone`, logSize, Number(process.hrtime.bigint() - started) / 1e9));
      }
    });
    const replay = throughput(`replay: rebuild ${rebuildableProjections.length} projections`, logSize, rebuilt.reduce((sum, row) => sum + row.seconds, 0));

    const tenant = await seedMillionMemberTenant(database.pool, `bench-1m-${randomUUID().slice(0, 8)}`);
    const { tenantId, communityIds, lastDay } = tenant;
    // One MAU figure: the 30 days ending on the last day, one community a query, in turn.
    const mauOf = (index: number): KpiRequest => ({ id: 'activity.mau', tenantId, communityId: communityIds[index % communityIds.length]!, from: lastDay, to: lastDay, granularity: 'DAY' });
    const rawMau = async (index: number) => {
      const { rows: counted } = await database.pool.query<{ members: number }>(
        `SELECT count(DISTINCT member_id)::int AS members FROM daily_active_members
          WHERE tenant_id = $1 AND community_id = $2 AND day BETWEEN $3::date - 29 AND $3::date AND first_recorded_at <= now()`,
        [tenantId, communityIds[index % communityIds.length], lastDay],
      );
      return counted[0]!.members;
    };
    const uncached = new KpiQueryService(database.pool);
    const cached = new KpiQueryService(database.pool, new KpiAnswerCache(redis, new Registry()));
    const answered = (await uncached.answer(mauOf(0))).points[0]?.value;
    if (answered !== (await rawMau(0))) throw new Error(`activity.mau answered ${answered}, the raw count says ${await rawMau(0)}`);
    for (let index = 0; index < 3; index++) await Promise.all([uncached.answer(mauOf(index)), rawMau(index)]);
    // The cached row is about answers in the cache: every community's answer is put there first.
    for (let index = 0; index < communityIds.length; index++) await cached.answer(mauOf(index));

    const mauScale = `${(tenant.activeRows / 1e6).toFixed(1)}M member-days`;
    const rawCount = await measure(`MAU 30 days, one community: count(DISTINCT) in SQL (baseline; ${mauScale})`, mauQueries, 1, async (index) => void (await rawMau(index)));
    const kpi = await measure('KPI activity.mau 30 days, one community, 1M members, uncached', mauQueries, 1, async (index) => void (await uncached.answer(mauOf(index))));
    const kpiCached = await measure('KPI activity.mau 30 days, one community, 1M members, cached', mauQueries * 5, 1, async (index) => void (await cached.answer(mauOf(index))));
    return {
      measurements: [copy, replay, ...rebuilt, rawCount, kpi, kpiCached],
      targets: [
        shareOfBaseline('replay (rebuild every projection)', replay, copy, 0.3),
        p99Below('uncached 30-day MAU, one community, 1M-member tenant', kpi, rawCount, 300),
      ],
    };
  } finally {
    await redis.close();
    await database.drop();
  }
}
