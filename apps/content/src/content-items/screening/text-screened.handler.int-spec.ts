import { randomUUID } from 'node:crypto';
import { EventStore, withTransaction } from '@groundswell/event-store';
import { ContentScreenedV1, createEnvelope, TextScreenedV1, type DataOf, type EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import { createContentDatabase } from '../../testing/content-database';
import { anItemContent, weiboVariant } from '../content-item.fixtures';
import { contentItemProjections } from '../content-item.projection';
import { ContentItemQueries } from '../content-item.queries';
import { runContentItemCommand } from '../use-cases/run-content-item-command';
import { recordTextScreened } from './text-screened.handler';

describe('recordTextScreened', () => {
  const database = freshDatabase('file', () => createContentDatabase('content_screening'));
  let store: EventStore;

  beforeAll(() => {
    store = new EventStore(database.pool, contentItemProjections);
  });

  async function aSubmittedItem(tenant: string): Promise<{ id: string; screeningId: string }> {
    const [id, screeningId] = [randomUUID(), randomUUID()];
    await runContentItemCommand(store, tenant, { type: 'CreateContentItem', contentItemId: id, content: anItemContent(), by: 'u-author' });
    await runContentItemCommand(store, tenant, { type: 'SetContentVariant', contentItemId: id, variant: weiboVariant, styleRules: [], by: 'u-author' });
    await runContentItemCommand(store, tenant, { type: 'SubmitContentItem', contentItemId: id, screeningIds: { weibo: screeningId }, now: new Date(), by: 'u-author' });
    return { id, screeningId };
  }

  const verdict = (tenant: string, screeningId: string, id: string, value: 'blocked' | 'pass', requestedBy = 'content'): EventEnvelope =>
    createEnvelope({
      type: TextScreenedV1.type,
      data: {
        screeningId,
        target: { kind: 'content', id },
        verdict: value,
        matches: [],
        listVersion: 1,
        riskScore: 0.9,
        riskSignals: [],
        flagged: false,
        tags: [],
        requestedBy,
        screenedAt: new Date().toISOString(),
      } satisfies DataOf<typeof TextScreenedV1>,
      subject: `text-screening-${screeningId}`,
      tenantid: tenant,
      streamversion: 1,
      time: new Date(),
    });

  const deliver = async (envelope: EventEnvelope) => {
    await withTransaction(database.pool, (client) => recordTextScreened(store)(client, envelope));
  };

  const screenedEvents = async (tenant: string) => (await database.pool.query('SELECT data FROM events WHERE tenant_id = $1 AND event_type = $2', [tenant, ContentScreenedV1.type])).rows;

  it('should record a blocked verdict once, even delivered twice, and mark the item blocked', async () => {
    const tenant = `tenant-${randomUUID().slice(0, 8)}`;
    const { id, screeningId } = await aSubmittedItem(tenant);
    const blocked = verdict(tenant, screeningId, id, 'blocked');
    await deliver(blocked);
    await deliver(blocked);
    expect(await screenedEvents(tenant)).toEqual([{ data: expect.objectContaining({ contentItemId: id, screeningId, verdict: 'blocked', platform: 'weibo' }) }]);
    expect(await new ContentItemQueries(database.pool).contentItem(tenant, id)).toMatchObject({ status: 'in_review', screeningBlocked: true });
  });

  it('should pass over verdicts another service asked for, and screenings that are no content item\'s', async () => {
    const tenant = `tenant-${randomUUID().slice(0, 8)}`;
    const { id, screeningId } = await aSubmittedItem(tenant);
    await deliver(verdict(tenant, screeningId, id, 'pass', 'members'));
    await deliver(verdict(tenant, randomUUID(), id, 'pass'));
    await deliver(verdict(`tenant-${randomUUID().slice(0, 8)}`, screeningId, id, 'pass'));
    expect(await screenedEvents(tenant)).toEqual([]);
  });
});
