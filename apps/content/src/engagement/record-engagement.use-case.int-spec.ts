import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { freshDatabase } from '@groundswell/test-kit';
import { contentItemDecider } from '../content-items/content-item.decider';
import { contentItemStream } from '../content-items/content-item.events';
import { anItemContent } from '../content-items/content-item.fixtures';
import { contentItemProjections } from '../content-items/content-item.projection';
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
  const database = freshDatabase('test', () => createContentDatabase('record_engagement'));
  let record: RecordEngagementUseCase;
  let queries: EngagementQueries;
  let store: EventStore;

  beforeEach(() => {
    store = new EventStore(database.pool, { ...contentItemProjections, ...engagementProjections });
    [record, queries] = [new RecordEngagementUseCase(store), new EngagementQueries(database.pool)];
  });

  const createItem = async (tenantId: string, campaignId?: string) => {
    const contentItemId = randomUUID();
    await store.handle({
      decider: contentItemDecider,
      stream: { tenantId, ...contentItemStream(contentItemId) },
      command: { type: 'CreateContentItem', contentItemId, content: anItemContent({ campaignId }), by: 'u-author' },
    });
    return contentItemId;
  };
  const recordedSignals = async (tenantId: string) =>
    (await database.pool.query<{ data: { clientEventId: string; campaignId?: string } }>(`SELECT data FROM events WHERE tenant_id = $1 AND stream_type = 'engagement' ORDER BY global_position`, [tenantId])).rows.map(
      ({ data }) => [data.clientEventId, data.campaignId ?? null],
    );

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

  it('should name the promoted campaign on a member\'s click on an item that promotes one, and on nothing else', async () => {
    const connector = aConnector();
    const campaignId = randomUUID();
    const [promoting, plain] = [await createItem(connector.tenant, campaignId), await createItem(connector.tenant)];
    const memberId = randomUUID();
    await record.execute(connector, randomUUID(), [
      aSignal({ kind: 'click', itemId: promoting, memberId, clientEventId: 'member-click' }),
      aSignal({ kind: 'click', itemId: promoting, clientEventId: 'anonymous-click' }),
      aSignal({ kind: 'share', itemId: promoting, memberId, clientEventId: 'member-share' }),
      aSignal({ kind: 'click', itemId: plain, memberId, clientEventId: 'click-on-plain-item' }),
    ]);
    expect(await recordedSignals(connector.tenant)).toEqual([
      ['member-click', campaignId],
      ['anonymous-click', null],
      ['member-share', null],
      ['click-on-plain-item', null],
    ]);
  });

  it('should not name another tenant\'s campaign for an item id it does not have', async () => {
    const [ours, theirs] = [aConnector(), aConnector()];
    const promoting = await createItem(ours.tenant, randomUUID());
    await record.execute(theirs, randomUUID(), [aSignal({ kind: 'click', itemId: promoting, memberId: randomUUID(), clientEventId: 'their-click' })]);
    expect(await recordedSignals(theirs.tenant)).toEqual([['their-click', null]]);
  });
});
