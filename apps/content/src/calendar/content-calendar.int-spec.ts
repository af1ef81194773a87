import { randomUUID } from 'node:crypto';
import { EventStore, type NewEvent, withTransaction } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { freshDatabase } from '@groundswell/test-kit';
import { createContentDatabase } from '../testing/content-database';
import { calendarItemEventTypes, contentCalendarItemsProjection } from './calendar-items.projection';
import { CalendarQueries } from './calendar.queries';
import { contentPlanProjections } from './content-plan.projection';
import { RemoveContentPlanUseCase } from './use-cases/remove-content-plan.use-case';
import { SetContentPlanUseCase } from './use-cases/set-content-plan.use-case';

const aManager = (tenant: string): Identity => ({ sub: 'u-planner', tenant, roles: ['content_editor'] });
const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;
const plan = (communityId: string) => ({
  communityId,
  postsPerWeek: { min: 2, max: 3 },
  typeMix: [
    { type: 'tips_tutorial', percent: 60 },
    { type: 'interactive_topic', percent: 40 },
  ],
  staleAfterDays: 4,
  timeZone: 'Asia/Shanghai',
  regions: [],
});

describe('content calendar', () => {
  const database = freshDatabase('test', () => createContentDatabase('calendar'));
  let store: EventStore;
  let setPlan: SetContentPlanUseCase;
  let removePlan: RemoveContentPlanUseCase;
  let queries: CalendarQueries;

  beforeEach(() => {
    store = new EventStore(database.pool, { ...contentPlanProjections, 'content-item': [contentCalendarItemsProjection] });
    [setPlan, removePlan, queries] = [new SetContentPlanUseCase(store), new RemoveContentPlanUseCase(store), new CalendarQueries(database.pool)];
  });

  /** What the content items feature appends for an item, as far as the calendar reads it. */
  async function itemEvents(tenantId: string, contentItemId: string, events: NewEvent[]): Promise<void> {
    await withTransaction(database.pool, (client) => store.appendToEnd(client, { tenantId, streamId: `content-item-${contentItemId}`, streamType: 'content-item' }, events, { correlationId: randomUUID() }));
  }

  const created = (contentItemId: string, communityId: string, title: string): NewEvent => ({
    type: calendarItemEventTypes.created,
    data: { contentItemId, title, contentType: 'tips_tutorial', communityIds: [communityId] },
  });
  const published = (contentItemId: string, communityId: string, at: string): NewEvent => ({
    type: calendarItemEventTypes.published,
    data: { contentItemId, communityIds: [communityId], publishedAt: at },
    occurredAt: new Date(at),
  });
  const scheduled = (contentItemId: string, at: string): NewEvent => ({ type: calendarItemEventTypes.scheduled, data: { contentItemId, publishAt: at } });

  async function publish(tenantId: string, communityId: string, title: string, at: string): Promise<string> {
    const id = randomUUID();
    await itemEvents(tenantId, id, [created(id, communityId, title), published(id, communityId, at)]);
    return id;
  }

  it('should set a plan and flag a week with more posts than it allows as too frequent', async () => {
    const [tenant, community] = [aTenantId(), randomUUID()];
    await setPlan.execute(aManager(tenant), plan(community));
    // Beijing week Mon 9 – Sun 15 March 2026; 2026-03-08T16:30Z is already Monday in Beijing.
    for (const at of ['2026-03-08T16:30:00Z', '2026-03-10T04:00:00Z', '2026-03-11T12:00:00Z']) await publish(tenant, community, `帖子 ${at}`, at);
    const now = new Date('2026-03-12T02:00:00Z');
    expect(await queries.cadence(tenant, community, now)).toMatchObject({ week: { from: '2026-03-09', to: '2026-03-15' }, postsInWeek: 3, flags: [] });

    const extra = randomUUID();
    await itemEvents(tenant, extra, [created(extra, community, '周末直播预告'), scheduled(extra, '2026-03-14T12:00:00Z')]);
    const cadence = await queries.cadence(tenant, community, now);
    expect(cadence).toMatchObject({ postsInWeek: 4, daysSinceLastPublication: 0, flags: ['TOO_FREQUENT'] });
    expect(cadence!.typeMix).toEqual([
      { type: 'tips_tutorial', targetPercent: 60, postsInWeek: 4 },
      { type: 'interactive_topic', targetPercent: 40, postsInWeek: 0 },
    ]);
  });

  it('should list every planned community\'s cadence, and only this tenant\'s', async () => {
    const [tenant, quiet, busy] = [aTenantId(), randomUUID(), randomUUID()];
    await setPlan.execute(aManager(tenant), plan(quiet));
    await setPlan.execute(aManager(tenant), plan(busy));
    await setPlan.execute(aManager(aTenantId()), plan(randomUUID()));
    for (const at of ['2026-03-09T04:00:00Z', '2026-03-10T04:00:00Z']) await publish(tenant, busy, `帖子 ${at}`, at);
    const cadences = await queries.cadences(tenant, new Date('2026-03-11T04:00:00Z'));
    expect(Object.fromEntries(cadences.map((cadence) => [cadence.communityId, cadence.postsInWeek]))).toEqual({ [quiet]: 0, [busy]: 2 });
    expect(cadences.find((cadence) => cadence.communityId === busy)!.flags).toEqual([]);
  });

  it('should flag a community with nothing published for its staleness limit as stale and too sparse', async () => {
    const [tenant, community] = [aTenantId(), randomUUID()];
    await setPlan.execute(aManager(tenant), plan(community));
    await publish(tenant, community, '上周的干货', '2026-03-05T04:00:00Z');
    expect(await queries.cadence(tenant, community, new Date('2026-03-10T04:00:00Z'))).toMatchObject({ postsInWeek: 0, daysSinceLastPublication: 5, flags: ['TOO_SPARSE', 'STALE'] });
  });

  it('should list scheduled and published items on their Beijing dates, and not another tenant\'s', async () => {
    const [tenant, other, community] = [aTenantId(), aTenantId(), randomUUID()];
    const late = await publish(tenant, community, '深夜发布', '2026-03-08T17:00:00Z');
    await publish(other, community, '别人的', '2026-03-09T04:00:00Z');
    const items = await queries.items(tenant, { from: '2026-03-09', to: '2026-03-09' }, 'Asia/Shanghai', community);
    expect(items.map((item) => [item.contentItemId, item.day, item.status])).toEqual([[late, '2026-03-09', 'published']]);
    expect(await queries.items(tenant, { from: '2026-03-08', to: '2026-03-08' }, 'Asia/Shanghai', null)).toEqual([]);
  });

  it('should answer a retried plan with nothing appended, and forget the plan once removed', async () => {
    const [tenant, community] = [aTenantId(), randomUUID()];
    await setPlan.execute(aManager(tenant), plan(community), 'plan-1');
    await setPlan.execute(aManager(tenant), { ...plan(community), staleAfterDays: 9 }, 'plan-1');
    expect(await queries.plan(tenant, community)).toMatchObject({ postsPerWeek: { min: 2, max: 3 }, staleAfterDays: 4, setBy: 'u-planner' });
    expect(await queries.plan(aTenantId(), community)).toBeNull();

    await removePlan.execute(aManager(tenant), community);
    expect(await queries.plan(tenant, community)).toBeNull();
    expect(await queries.cadence(tenant, community, new Date())).toBeNull();
    await expect(removePlan.execute(aManager(tenant), community)).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND', category: 'NOT_FOUND' });
  });
});
