import { randomUUID } from 'node:crypto';
import { deploymentKeyPrefix } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import { Registry } from 'prom-client';
import { createClient } from 'redis';
import { KpiQueryService } from '../kpis/kpi-query.service';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberJoined, aMemberLeft, aTenantId } from '../testing/analytics-event.factories';
import { KpiAnswerCache } from './kpi-answer-cache';

const totalMembers = (tenantId: string, asOf?: Date) =>
  ({ id: 'members.total', tenantId, from: '2025-03-01', to: '2025-03-03', granularity: 'DAY', ...(asOf ? { asOf } : {}) }) as const;

const values = (answer: { points: Array<{ value: number | null }> }) => answer.points.map((point) => point.value);

describe(KpiAnswerCache.name, () => {
  const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  let database: TestDatabase;
  let cache: KpiAnswerCache;
  let kpis: KpiQueryService;
  let factReads: jest.SpiedFunction<ProjectionFactSource['membership']>;

  beforeAll(async () => {
    await redis.connect();
  });

  afterAll(async () => {
    await redis.close();
  });

  beforeEach(async () => {
    database = await createAnalyticsDatabase('kpi_cache');
    cache = new KpiAnswerCache(redis, new Registry());
    kpis = new KpiQueryService(database.pool, cache);
    factReads = jest.spyOn(ProjectionFactSource.prototype, 'membership');
  });

  afterEach(async () => {
    factReads.mockRestore();
    await database.drop();
  });

  it('should serve a second identical request from the cache without reading the projections', async () => {
    const tenantId = aTenantId();
    await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId: randomUUID(), at: '2025-03-01T09:00:00Z' })]);

    const first = await kpis.answer(totalMembers(tenantId));
    const second = await kpis.answer(totalMembers(tenantId));

    expect(values(second)).toEqual([1, 1, 1]);
    expect(second.points).toEqual(first.points);
    expect(second.computedAt).toEqual(first.computedAt);
    expect(factReads).toHaveBeenCalledTimes(1);
    expect(await cache.count('hit')).toBe(1);
    expect(await cache.count('miss')).toBe(1);
  });

  it('should answer afresh once a new event of the tenant was ingested', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId, at: '2025-03-01T09:00:00Z' })]);
    expect(values(await kpis.answer(totalMembers(tenantId)))).toEqual([1, 1, 1]);

    await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId, at: '2025-03-02T09:00:00Z' })]);

    expect(values(await kpis.answer(totalMembers(tenantId)))).toEqual([1, 2, 2]);
    expect(factReads).toHaveBeenCalledTimes(2);
    expect(await cache.count('hit')).toBe(0);
  });

  it('should answer a past asOf from the cache until a late event recorded before it arrives', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const asOf = new Date('2025-03-05T00:00:00Z');
    await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId, at: '2025-03-01T09:00:00Z' })]);
    await kpis.answer(totalMembers(tenantId, asOf));
    expect(values(await kpis.answer(totalMembers(tenantId, asOf)))).toEqual([1, 1, 1]);

    await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId, at: '2025-03-02T09:00:00Z', recordedAt: '2025-03-04T00:00:00Z' })]);

    expect(values(await kpis.answer(totalMembers(tenantId, asOf)))).toEqual([1, 2, 2]);
    expect(await cache.count('hit')).toBe(1);
  });

  it("should never answer one tenant with another tenant's cached answer", async () => {
    const [busy, quiet] = [aTenantId(), aTenantId()];
    const communityId = randomUUID();
    const memberId = randomUUID();
    // Two events each, so both tenants' projection watermarks are equal.
    await ingestAll(database.pool, [
      aMemberJoined({ tenantId: busy, communityId, at: '2025-03-01T09:00:00Z' }),
      aMemberJoined({ tenantId: busy, communityId, at: '2025-03-01T10:00:00Z' }),
      aMemberJoined({ tenantId: quiet, communityId, memberId, at: '2025-03-01T09:00:00Z' }),
      aMemberLeft({ tenantId: quiet, communityId, memberId, at: '2025-03-01T10:00:00Z' }),
    ]);

    expect(values(await kpis.answer(totalMembers(busy)))).toEqual([2, 2, 2]);
    expect(values(await kpis.answer(totalMembers(quiet)))).toEqual([0, 0, 0]);
    expect(values(await kpis.answer(totalMembers(quiet)))).toEqual([0, 0, 0]);
    expect(values(await kpis.answer(totalMembers(busy)))).toEqual([2, 2, 2]);
    expect(await cache.count('hit')).toBe(2);
  });

  it("should never answer one deployment with another deployment's cached answer when they share a Redis", async () => {
    const other = await createAnalyticsDatabase('kpi_cache_other');
    try {
      // The same tenant id in two deployments, two events each, so the tenant's watermarks are equal too.
      const [tenantId, communityId, memberId] = [aTenantId(), randomUUID(), randomUUID()];
      await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId, at: '2025-03-01T09:00:00Z' }), aMemberJoined({ tenantId, communityId, at: '2025-03-01T10:00:00Z' })]);
      await ingestAll(other.pool, [aMemberJoined({ tenantId, communityId, memberId, at: '2025-03-01T09:00:00Z' }), aMemberLeft({ tenantId, communityId, memberId, at: '2025-03-01T10:00:00Z' })]);
      const staging = new KpiQueryService(database.pool, new KpiAnswerCache(redis, new Registry(), deploymentKeyPrefix('staging')));
      const production = new KpiQueryService(other.pool, new KpiAnswerCache(redis, new Registry(), deploymentKeyPrefix('production')));

      expect(values(await staging.answer(totalMembers(tenantId)))).toEqual([2, 2, 2]);
      expect(values(await production.answer(totalMembers(tenantId)))).toEqual([0, 0, 0]);
      expect(values(await staging.answer(totalMembers(tenantId)))).toEqual([2, 2, 2]);
    } finally {
      await other.drop();
    }
  });

  it('should still answer, from the projections, when Redis is unreachable', async () => {
    const unreachable = createClient({ url: 'redis://127.0.0.1:1' });
    const withoutRedis = new KpiAnswerCache(unreachable, new Registry());
    const tenantId = aTenantId();
    await ingestAll(database.pool, [aMemberJoined({ tenantId, communityId: randomUUID(), at: '2025-03-01T09:00:00Z' })]);

    const answer = await new KpiQueryService(database.pool, withoutRedis).answer(totalMembers(tenantId));

    expect(values(answer)).toEqual([1, 1, 1]);
    expect(await withoutRedis.count('error')).toBe(1);
  });
});
