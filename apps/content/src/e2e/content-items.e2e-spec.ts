import { randomUUID } from 'node:crypto';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { eventually, expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const itemFields = 'id status title body roundsRequired roundsApproved screeningBlocked publishAt publishedAt variants { platform styleFlags { ruleId } platformPostId postUrl }';
const createMutation = `mutation Create($input: ContentItemContentInput!, $key: String) { createContentItem(input: $input, idempotencyKey: $key) { contentItem { ${itemFields} } } }`;
const variantMutation = `mutation Variant($input: SetContentVariantInput!) { setContentVariant(input: $input) { contentItem { ${itemFields} } } }`;
const submitMutation = `mutation Submit($id: ID!) { submitContentItem(id: $id) { contentItem { ${itemFields} } } }`;
const reviewMutation = `mutation Review($input: ReviewContentItemInput!) { reviewContentItem(input: $input) { contentItem { ${itemFields} } } }`;
const scheduleMutation = `mutation Schedule($input: ScheduleContentItemInput!) { scheduleContentItem(input: $input) { contentItem { ${itemFields} } } }`;
const setPlanMutation = `mutation Plan($input: SetContentPlanInput!) { setContentPlan(input: $input) { contentPlan { communityId postsPerWeek { min max } timeZone } } }`;
const calendarQuery = `query Calendar($from: String!, $to: String!, $communityId: ID) { contentCalendar(from: $from, to: $to, communityId: $communityId) { edges { node { date items { contentItemId status } } } } }`;
const recordEngagementMutation = `mutation Engagement($input: RecordEngagementInput!) { recordEngagement(input: $input) { accepted duplicates } }`;
const kpiQuery = `query Kpi($id: ID!, $filter: KpiFilter, $range: KpiRange!) { kpi(id: $id, filter: $filter, range: $range, granularity: DAY) { points { periodStart value } } }`;
const itemQuery = `query Item($id: ID!) { contentItem(id: $id) { ${itemFields} } }`;
const addWatchedWord = `mutation Add($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`;
const allPass = { quality: true, accuracy: true, compliance: true, brandFit: true };
/** YYYY-MM-DD in Beijing time, the plan's time zone the calendar counts days in. */
const shanghaiDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

describe('content items through the gateway, screened by moderation, published on schedule and measured by analytics', () => {
  const tenant = `e2e-content-items-${randomUUID().slice(0, 8)}`;
  let communityId: string;
  let author: GraphqlClient;
  let approver: GraphqlClient;
  let brandLead: GraphqlClient;
  let analyst: GraphqlClient;

  beforeAll(async () => {
    [author, approver, brandLead, analyst] = await Promise.all([
      gatewayClient(tenant, ['content_editor']),
      gatewayClient(tenant, ['content_approver']),
      gatewayClient(tenant, ['content_approver'], 'e2e-brand-lead'),
      gatewayClient(tenant, ['analyst']),
    ]);
    const owner = expectingSuccess(await gatewayClient(tenant));
    communityId = (await owner('mutation { createCommunity(input: { name: "年夜饭群", platform: wechat }) { community { id } } }')).createCommunity.community.id;
    await expectingSuccess(await gatewayClient(tenant, ['moderator']))(addWatchedWord, { input: { pattern: '代开发票', action: 'block', category: 'fraud', severity: 'critical' } });
  });

  async function aSubmittedItem(text: string, riskTier = 'ordinary'): Promise<string> {
    // Content hears of the new community from the members service a moment after it is created.
    const created = await eventually(() => expectingSuccess(author)(createMutation, {
      input: {
        contentType: 'tips_tutorial',
        format: 'image_text',
        title: '春节年夜饭攻略',
        body: '<p onclick="x()">十道家常菜<script>alert(1)</script></p>',
        media: [{ assetId: 'cover', kind: 'image', url: 'https://cdn.example.cn/cover.jpg', source: 'own', licence: '自有版权' }],
        topics: ['春节'],
        communityIds: [communityId],
        riskTier,
        team: [],
      },
    }), 30_000);
    const { id, body } = created.createContentItem.contentItem;
    expect(body).toBe('<p>十道家常菜</p>');
    await expectingSuccess(author)(variantMutation, { input: { contentItemId: id, platform: 'weibo', text, mediaAssetIds: ['cover'], hashtags: ['#年夜饭#'] } });
    await expectingSuccess(author)(submitMutation, { id });
    return id;
  }

  const approve = (client: GraphqlClient, id: string) => client(reviewMutation, { input: { id, decision: 'approve', checklist: allPass } });

  it('should stop approval of an item moderation blocked through Kafka', async () => {
    const id = await aSubmittedItem('年夜饭十道菜，另有代开发票');
    await eventually(async () => expect((await expectingSuccess(author)(itemQuery, { id })).contentItem.screeningBlocked).toBe(true), 60_000);
    const refused = await approve(approver, id);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SCREENING_BLOCKED' });
  });

  it('should take a brand-sensitive item from plan to KPIs: two review rounds, the scheduler publishes it, engagement reaches its KPIs', async () => {
    const plan = { communityId, postsPerWeek: { min: 2, max: 5 }, typeMix: [{ type: 'tips_tutorial', percent: 60 }, { type: 'brand_story', percent: 40 }], staleAfterDays: 7 };
    const { setContentPlan } = await eventually(() => expectingSuccess(author)(setPlanMutation, { input: plan }), 30_000);
    expect(setContentPlan.contentPlan).toMatchObject({ communityId, postsPerWeek: { min: 2, max: 5 }, timeZone: 'Asia/Shanghai' });

    // Written, then reviewed in two rounds by different approvers, each on the four-axis checklist.
    const id = await aSubmittedItem('年夜饭十道菜，收藏', 'brand_sensitive');
    const firstRound = await eventually(async () => {
      const answer = await approve(approver, id);
      expect(answer.errors).toBeUndefined(); // SCREENING_PENDING until moderation's verdict arrives through Kafka
      return answer.data.reviewContentItem.contentItem;
    }, 60_000);
    expect(firstRound).toMatchObject({ status: 'in_review', roundsRequired: 2, roundsApproved: 1, screeningBlocked: false });
    expect((await approve(approver, id)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_APPROVER' });
    expect((await expectingSuccess(brandLead)(reviewMutation, { input: { id, decision: 'approve', checklist: allPass } })).reviewContentItem.contentItem).toMatchObject({ status: 'approved', roundsApproved: 2 });

    // Scheduled a few seconds ahead: the content clock (every 15 s) publishes it, and the calendar shows it.
    const publishAt = new Date(Date.now() + 5_000).toISOString();
    expect((await expectingSuccess(approver)(scheduleMutation, { input: { id, publishAt } })).scheduleContentItem.contentItem).toMatchObject({ status: 'scheduled', publishAt });
    const published = await eventually(async () => {
      const { contentItem } = await expectingSuccess(author)(itemQuery, { id });
      expect(contentItem.status).toBe('published');
      return contentItem;
    }, 90_000, 500);
    expect(new Date(published.publishedAt).getTime()).toBeGreaterThanOrEqual(new Date(publishAt).getTime());
    const calendarDay = shanghaiDate(new Date(publishAt));
    await eventually(async () => {
      const calendar = await expectingSuccess(author)(calendarQuery, { from: calendarDay, to: calendarDay, communityId });
      expect(calendar.contentCalendar.edges[0].node.items).toEqual([expect.objectContaining({ contentItemId: id, status: 'published' })]);
    }, 30_000, 500);

    // The platform connector confirms the post through its webhook.
    const token = await signDevToken({ sub: 'e2e-connector', tenant, roles: ['content_approver'] }, developmentTokenSettings(process.env));
    const response = await fetch(`${process.env.GROUNDSWELL_E2E_GATEWAY!}/webhooks/content/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ posts: [{ contentItemId: id, platform: 'weibo', platformPostId: '4990001', url: 'https://weibo.com/1/4990001' }] }),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { confirmed: 1 } });
    expect((await expectingSuccess(author)(itemQuery, { id })).contentItem.variants).toEqual([expect.objectContaining({ platform: 'weibo', platformPostId: '4990001', postUrl: 'https://weibo.com/1/4990001' })]);

    // Engagement: the item is read 8 times and shared twice, another item of the community read 3 times; a repeated client event id is one signal.
    const otherItemId = randomUUID();
    const occurredAt = new Date(Date.now() - 60_000).toISOString();
    const signal = (itemId: string, kind: string, index: number) => ({ itemId, kind, platform: 'weibo', clientEventId: `${itemId}-${kind}-${index}`, occurredAt });
    const signals = [
      ...Array.from({ length: 8 }, (_, index) => signal(id, 'view', index)),
      ...Array.from({ length: 2 }, (_, index) => signal(id, 'share', index)),
      ...Array.from({ length: 3 }, (_, index) => signal(otherItemId, 'view', index)),
      signal(id, 'view', 0),
    ];
    expect((await expectingSuccess(author)(recordEngagementMutation, { input: { communityId, signals } })).recordEngagement).toEqual({ accepted: 13, duplicates: 1 });

    // The item's KPIs in analytics, read through the gateway.
    const today = occurredAt.slice(0, 10);
    const valueOf = async (kpiId: string, filter: Record<string, string>) => {
      const answer = await analyst(kpiQuery, { id: kpiId, filter, range: { from: today, to: today } });
      expect(answer.errors).toBeUndefined();
      return answer.data.kpi.points.at(-1)?.value;
    };
    await eventually(async () => {
      expect(await valueOf('content.reads', { itemId: id })).toBe(8);
      expect(await valueOf('content.reads', { communityId })).toBe(11);
      expect(await valueOf('content.share_rate', { itemId: id })).toBe(2 / 8);
      // Both review rounds passed all four axes.
      expect(await valueOf('content.quality', { itemId: id })).toBe(1);
      // Drafted, reviewed and published within minutes: a median draft-to-publication time, once the clock published it.
      expect(await valueOf('content.production_minutes', { itemId: id })).toBeGreaterThan(0);
    }, 90_000, 500);
    const perItem = await analyst(kpiQuery, { id: 'content.creator_retention', filter: { itemId: id }, range: { from: today, to: today } });
    expect(perItem.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }, 300_000);

  it('should refuse a community the tenant does not have with BAD_USER_INPUT', async () => {
    const input = { contentType: 'brand_story', format: 'text', title: '品牌故事', body: '<p>故事</p>', media: [], topics: [], communityIds: [randomUUID()], riskTier: 'ordinary', team: [] };
    expect((await author(createMutation, { input })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'COMMUNITY_UNKNOWN' });
  });

  it('should refuse a caller without content:write with FORBIDDEN', async () => {
    const input = { contentType: 'brand_story', format: 'text', title: '品牌故事', body: '<p>故事</p>', media: [], topics: [], communityIds: [communityId], riskTier: 'ordinary', team: [] };
    const { errors } = await analyst(createMutation, { input });
    expect(errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
