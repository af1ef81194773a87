import { randomUUID } from 'node:crypto';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { eventually, expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const itemFields = 'id status title body roundsRequired roundsApproved screeningBlocked publishedAt variants { platform styleFlags { ruleId } platformPostId postUrl }';
const createMutation = `mutation Create($input: ContentItemContentInput!, $key: String) { createContentItem(input: $input, idempotencyKey: $key) { contentItem { ${itemFields} } } }`;
const variantMutation = `mutation Variant($input: SetContentVariantInput!) { setContentVariant(input: $input) { contentItem { ${itemFields} } } }`;
const submitMutation = `mutation Submit($id: ID!) { submitContentItem(id: $id) { contentItem { ${itemFields} } } }`;
const reviewMutation = `mutation Review($input: ReviewContentItemInput!) { reviewContentItem(input: $input) { contentItem { ${itemFields} } } }`;
const publishMutation = `mutation Publish($id: ID!) { publishContentItem(id: $id) { contentItem { ${itemFields} } } }`;
const itemQuery = `query Item($id: ID!) { contentItem(id: $id) { ${itemFields} } }`;
const addWatchedWord = `mutation Add($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`;
const allPass = { quality: true, accuracy: true, compliance: true, brandFit: true };

describe('content items through the gateway, screened by moderation', () => {
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

  it('should review a brand-sensitive item in two rounds by different approvers, publish it and take the connector\'s confirmation', async () => {
    const id = await aSubmittedItem('年夜饭十道菜，收藏', 'brand_sensitive');
    const firstRound = await eventually(async () => {
      const answer = await approve(approver, id);
      expect(answer.errors).toBeUndefined();
      return answer.data.reviewContentItem.contentItem;
    }, 60_000);
    expect(firstRound).toMatchObject({ status: 'in_review', roundsRequired: 2, roundsApproved: 1 });
    expect((await approve(approver, id)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'SAME_APPROVER' });
    expect((await expectingSuccess(brandLead)(reviewMutation, { input: { id, decision: 'approve', checklist: allPass } })).reviewContentItem.contentItem.status).toBe('approved');
    expect((await expectingSuccess(approver)(publishMutation, { id })).publishContentItem.contentItem.status).toBe('published');

    const token = await signDevToken({ sub: 'e2e-connector', tenant, roles: ['content_approver'] }, developmentTokenSettings(process.env));
    const response = await fetch(`${process.env.GROUNDSWELL_E2E_GATEWAY!}/webhooks/content/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ posts: [{ contentItemId: id, platform: 'weibo', platformPostId: '4990001', url: 'https://weibo.com/1/4990001' }] }),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { confirmed: 1 } });
    expect((await expectingSuccess(author)(itemQuery, { id })).contentItem.variants).toEqual([expect.objectContaining({ platform: 'weibo', platformPostId: '4990001', postUrl: 'https://weibo.com/1/4990001' })]);
  }, 90_000);

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
