import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { CommunityCreatedV1, ConnectorContentPublishedV1, createEnvelope, ScreeningRequestedV1 } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { freshDatabase, type TestDatabase } from '@groundswell/test-kit';
import { createContentDatabase } from '../testing/content-database';
import { ContentItemQueries } from './content-item.queries';
import { contentItemProjections } from './content-item.projection';
import { anItemContent, communityId, weiboVariant } from './content-item.fixtures';
import { KnownCommunities } from './known-communities/known-communities';
import { recordKnownCommunity } from './known-communities/record-known-community';
import { styleGuideProjections } from './style-guide/style-guide.projection';
import { CreateContentItemUseCase } from './use-cases/create-content-item.use-case';
import { MoveContentItemUseCase } from './use-cases/move-content-item.use-case';
import { ReviewContentItemUseCase } from './use-cases/review-content-item.use-case';
import { SetContentVariantUseCase } from './use-cases/set-content-variant.use-case';
import { SetStyleGuideUseCase } from './use-cases/set-style-guide.use-case';
import { SubmitContentItemUseCase } from './use-cases/submit-content-item.use-case';
import { runContentItemCommand } from './use-cases/run-content-item-command';

const anOperator = (tenant: string, sub: string, roles: Identity['roles'] = ['content_editor']): Identity => ({ sub, tenant, roles });
const aTenantId = () => `tenant-${randomUUID().slice(0, 8)}`;

/** The members service announcing a community, as the known-communities consumer hears it. */
async function announceCommunity(database: TestDatabase, tenantId: string, id = communityId): Promise<void> {
  const envelope = createEnvelope({ type: CommunityCreatedV1.type, data: { communityId: id, name: '年夜饭群', platform: 'wechat' }, subject: `community-${id}`, tenantid: tenantId, streamversion: 1, time: new Date() });
  const client = await database.pool.connect();
  try {
    await recordKnownCommunity(client, envelope);
    await recordKnownCommunity(client, envelope);
  } finally {
    client.release();
  }
}
const allPass = { quality: true, accuracy: true, compliance: true, brandFit: true };

describe('content items', () => {
  const database = freshDatabase('file', () => createContentDatabase('content_items'));
  let store: EventStore;
  let queries: ContentItemQueries;
  let create: CreateContentItemUseCase;

  beforeAll(() => {
    store = new EventStore(database.pool, { ...contentItemProjections, ...styleGuideProjections });
    queries = new ContentItemQueries(database.pool);
    create = new CreateContentItemUseCase(store, new KnownCommunities(database.pool));
  });

  it('should find items by a Chinese substring of title or body, with filters and pages', async () => {
    const tenant = aTenantId();
    await announceCommunity(database, tenant);
    const author = anOperator(tenant, 'u-author');
    const dinner = await create.execute(author, anItemContent({ title: '春节年夜饭攻略', body: '<p>十道家常菜</p>' }));
    const lantern = await create.execute(author, anItemContent({ title: '元宵节灯会', body: '<p>年夜饭之后去看灯</p>', contentType: 'interactive_topic' }));
    await create.execute(author, anItemContent({ title: '露营装备清单', body: '<p>帐篷与睡袋</p>' }));
    const other = aTenantId();
    await announceCommunity(database, other);
    await create.execute(anOperator(other, 'u-other'), anItemContent({ title: '别家的年夜饭' }));

    const search = async (filter: Parameters<ContentItemQueries['contentItems']>[1], first?: number, after?: string) => queries.contentItems(tenant, filter, first, after);
    expect((await search({ search: '年夜饭' })).edges.map((edge) => edge.node.id)).toEqual([lantern, dinner]);
    expect((await search({ search: '家常' })).edges.map((edge) => edge.node.id)).toEqual([dinner]);
    expect((await search({ search: '年夜饭', contentType: 'interactive_topic' })).edges.map((edge) => edge.node.id)).toEqual([lantern]);
    expect((await search({ search: '100%' })).totalCount).toBe(0);
    const page = await search({ search: '年夜饭' }, 1);
    expect(page.totalCount).toBe(2);
    expect((await search({ search: '年夜饭' }, 1, page.pageInfo.endCursor!)).edges.map((edge) => edge.node.id)).toEqual([dinner]);
  });

  it('should take an item from draft through two review rounds to published, with its variant flagged by the style guide', async () => {
    const tenant = aTenantId();
    await announceCommunity(database, tenant);
    await new SetStyleGuideUseCase(store).execute(anOperator(tenant, 'u-approver'), [{ ruleId: 'calm', kind: 'max_exclamation_marks', max: 0, message: '不用感叹号' }]);
    const id = await create.execute(anOperator(tenant, 'u-author'), anItemContent({ riskTier: 'brand_sensitive' }));
    await new SetContentVariantUseCase(store, queries).execute(anOperator(tenant, 'u-author'), id, weiboVariant);
    expect(await queries.variants(tenant, id)).toEqual([expect.objectContaining({ platform: 'weibo', styleFlags: [{ ruleId: 'calm', message: '不用感叹号' }] })]);

    await new SubmitContentItemUseCase(store).execute(anOperator(tenant, 'u-author'), id);
    const requests = await database.pool.query('SELECT data FROM events WHERE tenant_id = $1 AND event_type = $2', [tenant, ScreeningRequestedV1.type]);
    expect(requests.rows).toEqual([{ data: expect.objectContaining({ target: expect.objectContaining({ kind: 'content', id }), requestedBy: 'content' }) }]);
    const screeningId = requests.rows[0].data.screeningId as string;
    expect(await queries.screeningTarget(tenant, screeningId)).toBe(id);
    await runContentItemCommand(store, tenant, { type: 'RecordContentScreening', contentItemId: id, screeningId, verdict: 'pass', by: 'system:moderation' });

    const review = new ReviewContentItemUseCase(store);
    await review.execute(anOperator(tenant, 'u-approver', ['content_approver']), id, { decision: 'approve', checklist: allPass });
    expect(await queries.contentItem(tenant, id)).toMatchObject({ status: 'in_review', roundsRequired: 2, roundsApproved: 1 });
    await review.execute(anOperator(tenant, 'u-brand-lead', ['content_approver']), id, { decision: 'approve', checklist: allPass });
    await new MoveContentItemUseCase(store).execute(anOperator(tenant, 'u-approver', ['content_approver']), id, { type: 'PublishContentItem' });

    expect(await queries.contentItem(tenant, id)).toMatchObject({ status: 'published', roundsApproved: 2, publishedAt: expect.any(Date) });
    expect((await queries.reviews(tenant, id)).map((row) => [row.round, row.reviewedBy])).toEqual([[1, 'u-approver'], [2, 'u-brand-lead']]);
    const handedOver = await database.pool.query('SELECT data FROM events WHERE tenant_id = $1 AND event_type = $2', [tenant, ConnectorContentPublishedV1.type]);
    expect(handedOver.rows).toEqual([{ data: expect.objectContaining({ contentItemId: id, platform: 'weibo', hashtags: ['#年夜饭#'] }) }]);
  });

  it('should refuse a community the members service never announced in the tenant', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    await announceCommunity(database, other);
    await expect(create.execute(anOperator(tenant, 'u-author'), anItemContent())).rejects.toMatchObject({ code: 'COMMUNITY_UNKNOWN', category: 'BAD_USER_INPUT', details: { unknown: [communityId] } });
  });

  it('should answer a retried create with the first item, and keep items to their tenant', async () => {
    const tenant = aTenantId();
    await announceCommunity(database, tenant);
    const first = await create.execute(anOperator(tenant, 'u-author'), anItemContent(), 'retry-1');
    expect(await create.execute(anOperator(tenant, 'u-author'), anItemContent(), 'retry-1')).toBe(first);
    expect((await queries.contentItems(tenant)).totalCount).toBe(1);
    const other = aTenantId();
    expect(await queries.contentItem(other, first)).toBeNull();
    await expect(new SubmitContentItemUseCase(store).execute(anOperator(other, 'u-author'), first)).rejects.toMatchObject({ code: 'CONTENT_ITEM_NOT_FOUND', category: 'NOT_FOUND' });
  });
});
