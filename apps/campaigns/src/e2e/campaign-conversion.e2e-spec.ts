import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';
import { postConversionWebhook } from '../testing/conversion-webhook';

const createCommunity = `mutation { createCommunity(input: { name: "会员福利群", platform: wecom }) { community { id } } }`;
const joinCommunity = `mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }`;
const recordConsent = `mutation($m: ID!, $d: ConsentDecisionInput!) { recordConsent(memberId: $m, decision: $d) { member { id } } }`;
const defineTag = `mutation($input: DefineTagInput!) { defineTag(input: $input) { key } }`;
const tagMember = `mutation($m: ID!, $t: String!) { tagMember(memberId: $m, tagKey: $t) { tag { key } } }`;
const createSegment = `mutation($input: CreateSegmentInput!) { createSegment(input: $input) { id memberCount } }`;
const createCampaign = `mutation($input: CreateCampaignInput!, $key: String) { createCampaign(input: $input, idempotencyKey: $key) { campaign { id segmentId } } }`;
const scheduleCampaign = `mutation($id: ID!) { scheduleCampaign(id: $id) { campaign { status } } }`;
const campaignStatus = `query($id: ID!) { campaign(id: $id) { status updatedBy } }`;
const configureReferrals = `mutation($input: ConfigureReferralProgrammeInput!) { configureReferralProgramme(input: $input) { referralProgramme { perReferrerCap } } }`;
const eligibility = `query($c: ID!, $m: ID!) { campaignEligibility(campaignId: $c, memberId: $m) { eligible reason } }`;
const joinCampaign = `mutation($input: JoinCampaignInput!, $key: String) { joinCampaign(input: $input, idempotencyKey: $key) { participation { memberId referralCode } } }`;
const issueReferralCode = `mutation($input: IssueReferralCodeInput!) { issueReferralCode(input: $input) { referrer { code } } }`;
const referralsOf = `query($c: ID!, $r: ID!) { referrals(campaignId: $c, referrerId: $r, first: 10) { edges { node { referrerId inviteeId qualified disqualification } } } }`;
const issueApiKey = `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret } }`;
const kpi = `query($id: ID!, $filter: KpiFilter, $range: KpiRange!) { kpi(id: $id, filter: $filter, range: $range, granularity: DAY) { unit points { periodStart value } } }`;

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

describe('a segment-targeted referral campaign, end to end through the gateway', () => {
  const tenant = `e2e-campaign-conversion-${randomUUID().slice(0, 8)}`;
  let owner: GraphqlClient;
  let ok: ReturnType<typeof expectingSuccess>;

  beforeAll(async () => {
    owner = await gatewayClient(tenant, ['owner']);
    ok = expectingSuccess(owner);
  });

  it('should let the segment join and refer, take the shop\'s orders by webhook, and answer the campaign\'s conversion rate and GMV from them', async () => {
    const communityId = (await ok(createCommunity)).createCommunity.community.id as string;
    const tagKey = 'vip-2026';
    await ok(defineTag, { input: { key: tagKey, name: '年度会员', mode: 'manual' } });
    let phone = 13_800_000_100;
    /** A community member with marketing consent, tagged into the target segment unless `outsider`. */
    const member = async (displayName: string, outsider = false) => {
      const id = (await ok(joinCommunity, { input: { communityId, channel: 'qr-code', displayName, identities: [{ kind: 'phone', value: String(phone++) }] } })).joinCommunity.member.id as string;
      await ok(recordConsent, { m: id, d: { purpose: 'marketing_messages', granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date().toISOString() } });
      if (!outsider) await ok(tagMember, { m: id, t: tagKey });
      return id;
    };
    const [referrer, regular, outsider] = [await member('小王'), await member('小赵'), await member('路人甲', true)];
    const segment = (await ok(createSegment, { input: { name: '年度会员', filter: { communityId, tagKeys: [tagKey] } } })).createSegment;
    expect(segment.memberCount).toBe(2);

    const plan = {
      name: '老带新·年度会员专享',
      goal: { objective: 'sales', targets: [{ metric: 'gmv', value: 1_000_000 }] },
      communityIds: [communityId],
      segmentId: segment.id,
      schedule: { startsAt: inSeconds(2), endsAt: inSeconds(7 * 86_400), timeZone: 'Asia/Shanghai' },
      channels: ['community_announcement'],
    };
    const campaignId = (await ok(createCampaign, { input: { kind: 'referral', plan }, key: randomUUID() })).createCampaign.campaign.id as string;
    await ok(configureReferrals, { input: { campaignId, thresholds: [{ invites: 1, reward: { kind: 'gift', item: '定制帆布袋' } }], perReferrerCap: 10, burst: { invites: 50, windowMinutes: 10 } } });
    await ok(scheduleCampaign, { id: campaignId });
    await eventually(async () => expect((await ok(campaignStatus, { id: campaignId })).campaign).toEqual({ status: 'running', updatedBy: 'system:campaign-clock' }), 60_000, 500);

    // Campaigns learns memberships, consent and the segment from the members service's events.
    const verdict = async (memberId: string) => (await ok(eligibility, { c: campaignId, m: memberId })).campaignEligibility;
    await eventually(async () => expect([await verdict(referrer), await verdict(regular), await verdict(outsider)]).toEqual([
      { eligible: true, reason: 'ELIGIBLE' },
      { eligible: true, reason: 'ELIGIBLE' },
      { eligible: false, reason: 'NOT_IN_TARGET_SEGMENT' },
    ]), 60_000, 500);
    const refused = await owner(joinCampaign, { input: { campaignId, memberId: outsider } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MEMBER_NOT_ELIGIBLE', details: { reason: 'NOT_IN_TARGET_SEGMENT' } });
    for (const memberId of [referrer, regular]) await ok(joinCampaign, { input: { campaignId, memberId, channel: 'community_announcement' }, key: randomUUID() });

    // The invitee is new to Groundswell after the code exists, so the invite qualifies.
    const code = (await ok(issueReferralCode, { input: { campaignId, memberId: referrer } })).issueReferralCode.referrer.code as string;
    const invitee = await member('小李');
    await eventually(async () => expect(await verdict(invitee)).toEqual({ eligible: true, reason: 'ELIGIBLE' }), 60_000, 500);
    const joined = await ok(joinCampaign, { input: { campaignId, memberId: invitee, referralCode: code }, key: randomUUID() });
    expect(joined.joinCampaign.participation.memberId).toBe(invitee);
    await eventually(async () => expect((await ok(referralsOf, { c: campaignId, r: referrer })).referrals.edges).toEqual([
      { node: { referrerId: referrer, inviteeId: invitee, qualified: true, disqualification: null } },
    ]), 60_000, 500);

    // The shop's orders, through the gateway's webhook with an API key issued through access.
    const apiKey = (await ok(issueApiKey, { input: { name: '有赞订单同步', permissions: ['conversions:record'] } })).issueApiKey.secret as string;
    const occurredAt = new Date().toISOString();
    const order = (memberId: string, amountMinor: number) => ({ externalOrderId: `yz-${randomUUID().slice(0, 8)}`, kind: 'purchase', memberId, amountMinor, currency: 'CNY', occurredAt });
    const orders = { referrer: order(referrer, 19_900), invitee: order(invitee, 8_800), outsider: order(outsider, 50_000) };
    const refund = { externalOrderId: orders.invitee.externalOrderId, refundReference: 'yz-rf-1', amountMinor: 3_800 };
    const delivered = await postConversionWebhook({ conversions: Object.values(orders), refunds: [refund] }, apiKey);
    expect(delivered.status).toBe(200);

    // By hand: the campaign reached the three who joined; two of them bought (the outsider's order has no
    // touchpoint in the campaign, so it is credited nowhere); GMV is their orders less the partial refund.
    const reached = [referrer, regular, invitee];
    const buyers = [orders.referrer, orders.invitee].filter((sale) => reached.includes(sale.memberId));
    const expectedRate = buyers.length / reached.length;
    const expectedGmv = buyers.reduce((sum, sale) => sum + sale.amountMinor, 0) - refund.amountMinor;
    expect([expectedRate, expectedGmv]).toEqual([2 / 3, 24_900]);

    const day = occurredAt.slice(0, 10);
    const answer = async (id: string) => (await ok(kpi, { id, filter: { campaignId }, range: { from: day, to: day } })).kpi;
    await eventually(async () => {
      expect(await answer('commerce.conversion_rate')).toEqual({ unit: 'ratio', points: [{ periodStart: day, value: expectedRate }] });
      expect(await answer('commerce.gmv')).toEqual({ unit: 'money', points: [{ periodStart: day, value: expectedGmv }] });
    }, 90_000, 1_000);
  });
});
