import { randomUUID } from 'node:crypto';
import { EngagementSignalRecordedV1, type EventEnvelope } from '@groundswell/events';
import type { ConsumedEvent } from '@groundswell/messaging';
import type { PoolClient } from 'pg';
import { recordContentClicks } from './content-clicks.handler';

type EngagementSignal = Parameters<typeof EngagementSignalRecordedV1.create>[0];
const communityId = randomUUID();
const signal = (overrides: Partial<EngagementSignal> = {}) =>
  EngagementSignalRecordedV1.create({ communityId, kind: 'click', itemId: 'item-1', platform: 'weibo', clientEventId: randomUUID(), memberId: randomUUID(), campaignId: randomUUID(), ...overrides }, { subject: `engagement-${communityId}-2026-12-04`, tenantid: 'tenant-a', streamversion: 1, time: new Date().toISOString() });
const consumed = (envelope: EventEnvelope): ConsumedEvent => ({ envelope, context: { topic: 'gs.content.engagement', partition: 0, offset: '0' } });

function aClient() {
  const queries: Array<{ sql: string; values: unknown[][] }> = [];
  const client = { query: async (sql: string, values: unknown[][]) => void queries.push({ sql, values }) } as unknown as PoolClient;
  return { client, queries };
}

describe(recordContentClicks.name, () => {
  it('should write nothing for signals that are no member\'s click on a campaign\'s content, nor for other events', async () => {
    const { client, queries } = aClient();
    const others = [
      signal({ kind: 'view' }),
      signal({ kind: 'share' }),
      signal({ memberId: undefined }),
      signal({ campaignId: undefined }),
      { ...signal(), type: 'groundswell.content.ContentArchived.v1' },
    ];
    await recordContentClicks(client, others.map(consumed));
    expect(queries).toEqual([]);
  });

  it('should store each click as a content_click touchpoint of its campaign in one statement, with the signal\'s time and community', async () => {
    const { client, queries } = aClient();
    const [click, other, secondClick] = [signal(), signal({ kind: 'impression' }), signal()];
    await recordContentClicks(client, [click, other, secondClick].map(consumed));
    expect(queries).toHaveLength(1);
    expect(queries[0]!.values).toEqual([
      ['tenant-a', 'tenant-a'],
      [click.id, secondClick.id],
      [click.data.memberId, secondClick.data.memberId],
      [click.data.campaignId, secondClick.data.campaignId],
      [click.time, secondClick.time],
      [communityId, communityId],
    ]);
  });
});
