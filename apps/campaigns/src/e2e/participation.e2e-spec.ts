import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const createCommunity = `mutation { createCommunity(input: { name: "打卡社群", platform: wecom }) { community { id } } }`;
const joinCommunity = `mutation($c: ID!) { joinCommunity(input: { communityId: $c, channel: "qr-code", displayName: "小李", identities: [{ kind: phone, value: "13700000042" }] }) { member { id } } }`;
const recordConsent = `mutation($m: ID!, $d: ConsentDecisionInput!) { recordConsent(memberId: $m, decision: $d) { member { id } } }`;
const createCampaign = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } } }`;
const scheduleCampaign = `mutation($id: ID!) { scheduleCampaign(id: $id) { campaign { id status } } }`;
const campaignStatus = `query($id: ID!) { campaign(id: $id) { status } }`;
const eligibility = `query($c: ID!, $m: ID!) { campaignEligibility(campaignId: $c, memberId: $m) { eligible reason communityId } }`;
const joinCampaign = `mutation($input: JoinCampaignInput!, $key: String) { joinCampaign(input: $input, idempotencyKey: $key) { participation { campaignId memberId communityId channel } } }`;
const checkIn = `mutation($input: CheckInToCampaignInput!, $key: String) { checkInToCampaign(input: $input, idempotencyKey: $key) { participation { checkIns streak lastCheckInDay } } }`;
const memberParticipations = `query($m: ID!) { member(id: $m) { id status campaignParticipations(first: 5) { totalCount edges { node { campaignId streak } } } campaignCoupons { totalCount } } }`;

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

describe('campaign participation through the gateway', () => {
  const tenant = `e2e-participation-${randomUUID().slice(0, 8)}`;
  let owner: GraphqlClient;
  let analyst: GraphqlClient;

  beforeAll(async () => {
    [owner, analyst] = await Promise.all([gatewayClient(tenant, ['owner']), gatewayClient(tenant, ['analyst'])]);
  });

  it('should let a consenting community member join a check-in campaign once the members service\'s events reach campaigns, and show it on Member', async () => {
    const ok = expectingSuccess(owner);
    const communityId = (await ok(createCommunity)).createCommunity.community.id;
    const memberId = (await ok(joinCommunity, { c: communityId })).joinCommunity.member.id;
    const plan = {
      name: '21天打卡挑战',
      goal: { objective: 'loyalty', targets: [{ metric: 'check_ins', value: 1000 }] },
      communityIds: [communityId],
      schedule: { startsAt: inSeconds(2), endsAt: inSeconds(21 * 86_400), timeZone: 'Asia/Shanghai' },
      channels: ['community_announcement'],
    };
    const campaignId = (await ok(createCampaign, { input: { kind: 'check_in', plan } })).createCampaign.campaign.id;
    await ok(scheduleCampaign, { id: campaignId });
    await eventually(async () => expect((await ok(campaignStatus, { id: campaignId })).campaign.status).toBe('running'), 60_000, 1_000);

    // Joined the community but no marketing consent yet: campaigns learns both from the members topic.
    await eventually(async () => expect((await ok(eligibility, { c: campaignId, m: memberId })).campaignEligibility.reason).toBe('NO_MARKETING_CONSENT'), 60_000, 500);
    const refused = await owner(joinCampaign, { input: { campaignId, memberId } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    await ok(recordConsent, { m: memberId, d: { purpose: 'marketing_messages', granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date().toISOString() } });
    await eventually(async () => expect((await ok(eligibility, { c: campaignId, m: memberId })).campaignEligibility).toEqual({ eligible: true, reason: 'ELIGIBLE', communityId }), 60_000, 500);

    const key = randomUUID();
    for (let attempt = 0; attempt < 2; attempt++) {
      const joined = await ok(joinCampaign, { input: { campaignId, memberId, channel: 'community_announcement' }, key });
      expect(joined.joinCampaign.participation).toEqual({ campaignId, memberId, communityId, channel: 'community_announcement' });
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      expect((await ok(checkIn, { input: { campaignId, memberId } })).checkInToCampaign.participation).toMatchObject({ checkIns: 1, streak: 1 });
    }

    const member = (await ok(memberParticipations, { m: memberId })).member;
    expect(member).toMatchObject({ id: memberId, status: expect.any(String), campaignCoupons: { totalCount: 0 } });
    expect(member.campaignParticipations).toEqual({ totalCount: 1, edges: [{ node: { campaignId, streak: 1 } }] });

    expect((await analyst(joinCampaign, { input: { campaignId, memberId } })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
