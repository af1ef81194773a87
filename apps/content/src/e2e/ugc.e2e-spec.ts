import { randomUUID } from 'node:crypto';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { eventually, expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const fields = 'id kind visibility title body acceptedAnswerId rewardedPoints';
const postMutation = `mutation Post($input: PostContributionInput!, $key: String) { postContribution(input: $input, idempotencyKey: $key) { contribution { ${fields} } } }`;
const contributionQuery = `query One($id: ID!) { contribution(id: $id) { ${fields} } }`;
const acceptMutation = `mutation Accept($input: AcceptAnswerInput!) { acceptAnswer(input: $input) { contribution { ${fields} } } }`;
const settingsMutation = `mutation Settings($input: SetUgcSettingsInput!) { setUgcSettings(input: $input) { ugcSettings { moderation rewardPoints } } }`;
const pointsQuery = 'query Points($memberId: ID!) { pointsAccount(memberId: $memberId) { balance } }';
const engagementWebhook = () => `${process.env.GROUNDSWELL_E2E_GATEWAY!}/webhooks/content/engagement`;

describe('UGC and engagement through the gateway', () => {
  const tenant = `e2e-ugc-${randomUUID().slice(0, 8)}`;
  let owner: ReturnType<typeof expectingSuccess>;
  let memberApp: GraphqlClient;
  let communityId: string;
  let [asker, answerer] = ['', ''];

  beforeAll(async () => {
    owner = expectingSuccess(await gatewayClient(tenant));
    memberApp = await gatewayClient(tenant, ['volunteer'], 'e2e-member-app');
    communityId = (await owner('mutation { createCommunity(input: { name: "咖啡同好会", platform: wechat }) { community { id } } }')).createCommunity.community.id;
    const join = async (phone: string) =>
      (await owner('mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }', { input: { communityId, channel: 'qr', identities: [{ kind: 'phone', value: phone }] } })).joinCommunity.member.id as string;
    [asker, answerer] = [await join('13500001111'), await join('13500002222')];
    const manager = await gatewayClient(tenant, ['community_manager']);
    // Content knows the community once members' CommunityCreated reaches it, a second or so later.
    await eventually(async () => expectingSuccess(manager)(settingsMutation, { input: { communityId, moderation: 'pre', rewardPoints: 15 } }), 60_000, 500);
  });

  const shown = async (id: string) => (await expectingSuccess(memberApp)(contributionQuery, { id })).contribution;

  it('should show a pre-moderated question once moderation screened it, and pay the accepted answer\'s author through members once', async () => {
    const question = await expectingSuccess(memberApp)(postMutation, { input: { communityId, kind: 'question', authorMemberId: asker, title: '磨豆机怎么选？', body: '预算五百以内，手冲用。' } });
    const questionId = question.postContribution.contribution.id;
    expect(question.postContribution.contribution.visibility).toBe('pending_screening');
    // Screening may already have finished by now; what must never happen is a pending question shown.
    expect([null, 'visible']).toContain((await shown(questionId))?.visibility ?? null);
    await eventually(async () => expect(await shown(questionId)).toMatchObject({ visibility: 'visible' }), 60_000);

    const answer = await expectingSuccess(memberApp)(postMutation, { input: { communityId, kind: 'answer', parentId: questionId, authorMemberId: answerer, body: '选锥刀的，研磨更均匀。' } });
    const answerId = answer.postContribution.contribution.id;
    await eventually(async () => expect(await shown(answerId)).toMatchObject({ visibility: 'visible' }), 60_000);
    const accepted = await expectingSuccess(memberApp)(acceptMutation, { input: { answerId, acceptedByMemberId: asker } });
    expect(accepted.acceptAnswer.contribution).toMatchObject({ rewardedPoints: 15 });
    const again = await memberApp(acceptMutation, { input: { answerId, acceptedByMemberId: asker } });
    expect(again.errors).toBeUndefined();

    await eventually(async () => expect((await owner(pointsQuery, { memberId: answerer })).pointsAccount.balance).toBe(15), 60_000);
  }, 150_000);

  it('should take engagement signals at the webhook once, answering only after they are durable', async () => {
    const token = await signDevToken({ sub: 'e2e-connector', tenant, roles: ['content_editor'] }, developmentTokenSettings(process.env));
    const signals = Array.from({ length: 500 }, (_, index) => ({
      kind: index % 2 ? 'view' : 'like',
      itemId: 'item-1',
      platform: 'douyin',
      memberId: index % 10 ? undefined : asker,
      dwellMs: index % 2 ? 2_000 : undefined,
      clientEventId: `dy-${index}`,
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
    }));
    const post = async () => {
      const response = await fetch(engagementWebhook(), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ communityId, signals }) });
      return { status: response.status, body: await response.json() };
    };
    expect(await post()).toEqual({ status: 200, body: { accepted: 500, duplicates: 0 } });
    expect(await post()).toEqual({ status: 200, body: { accepted: 0, duplicates: 500 } });
    const totals = await expectingSuccess(await gatewayClient(tenant, ['content_editor']))('query { engagementTotals(itemId: "item-1") { edges { node { kind count dwellMs } } } }');
    expect(totals.engagementTotals.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { kind: 'like', count: 250, dwellMs: 0 },
      { kind: 'view', count: 250, dwellMs: 500_000 },
    ]);
  });
});
