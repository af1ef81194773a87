import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { TestDatabase } from '@groundswell/test-kit';
import { createContentDatabase } from '../testing/content-database';
import { engagementProjections } from './engagement.projection';
import { EngagementQueries } from './engagement.queries';
import { RecordEngagementUseCase, type EngagementSignal } from './record-engagement.use-case';

const aConnector = (tenant = `tenant-${randomUUID().slice(0, 8)}`, communities?: string[]): Identity => ({ sub: 'apikey:weibo', tenant, roles: ['partner'], permissions: ['engagement:record'], communities });
const aSignal = (overrides: Partial<EngagementSignal> = {}): EngagementSignal => ({
  kind: 'share',
  itemId: 'item-1',
  variantId: 'variant-weibo',
  platform: 'weibo',
  clientEventId: `wb-${randomUUID()}`,
  occurredAt: new Date(Date.now() - 60_000),
  ...overrides,
});

describe(RecordEngagementUseCase.name, () => {
  let database: TestDatabase;
  let record: RecordEngagementUseCase;
  let queries: EngagementQueries;

  beforeEach(async () => {
    database = await createContentDatabase('record_engagement');
    [record, queries] = [new RecordEngagementUseCase(new EventStore(database.pool, engagementProjections)), new EngagementQueries(database.pool)];
  });

  afterEach(() => database.drop());

  it('should answer a retried batch with its first answer and count each signal once per item, variant and platform', async () => {
    const connector = aConnector();
    const communityId = randomUUID();
    const signals = [aSignal(), aSignal(), aSignal({ variantId: null, platform: 'douyin', kind: 'repost' })];
    expect(await record.execute(connector, communityId, signals, 'batch-7')).toEqual({ accepted: 3, duplicates: 0 });
    expect(await record.execute(connector, communityId, signals, 'batch-7')).toEqual({ accepted: 3, duplicates: 0 });
    expect(await record.execute(connector, communityId, signals)).toEqual({ accepted: 0, duplicates: 3 });
    const totals = await queries.totals(connector.tenant, 'item-1', {});
    expect(totals.edges.map(({ node }) => [node.variantId, node.platform, node.kind, node.count])).toEqual([
      [null, 'douyin', 'repost', 1],
      ['variant-weibo', 'weibo', 'share', 2],
    ]);
  });

  it('should keep tenants apart, and refuse a community outside the caller\'s scope', async () => {
    const communityId = randomUUID();
    const signal = aSignal();
    const [ours, theirs] = [aConnector(), aConnector()];
    await record.execute(ours, communityId, [signal]);
    expect(await record.execute(theirs, communityId, [signal])).toEqual({ accepted: 1, duplicates: 0 });
    expect((await queries.totals(theirs.tenant, 'item-1', {})).totalCount).toBe(1);
    await expect(record.execute(aConnector(ours.tenant, [randomUUID()]), communityId, [aSignal()])).rejects.toMatchObject({ category: 'FORBIDDEN' });
  });
});
