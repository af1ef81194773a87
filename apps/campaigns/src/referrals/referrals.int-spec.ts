import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { CampaignJoinedV1, MemberMergedIntoV1, MemberRegisteredV1, type EventEnvelope } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { freshDatabase } from '@groundswell/test-kit';
import { conversionProjections } from '../conversions/conversion.projection';
import { RecordConversionUseCase } from '../conversions/use-cases/record-conversion.use-case';
import { aBatchTerms } from '../coupons/coupon.fixtures';
import { couponProjections } from '../coupons/coupon.projection';
import { CreateCouponBatchUseCase } from '../coupons/use-cases/create-coupon-batch.use-case';
import { thresholdGrantId } from '../rewards/grant-id';
import { rewardProjections } from '../rewards/reward.projection';
import { RewardQueries } from '../rewards/reward.queries';
import { GrantRewardUseCase } from '../rewards/use-cases/grant-reward.use-case';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager, aRunningCampaign, hoursFromNow } from '../testing/running-campaign';
import { replicateIdentity } from './identity-replica/identity-replica.handler';
import { acceptJoinReferrals } from './join-referrals/join-referrals.handler';
import { someRules } from './referral.fixtures';
import { ReferralQueries } from './referral.queries';
import { referralProjections } from './referral.projection';
import { AcceptReferralUseCase } from './use-cases/accept-referral.use-case';
import { ConfigureReferralProgrammeUseCase } from './use-cases/configure-referral-programme.use-case';
import { IssueReferralCodeUseCase } from './use-cases/issue-referral-code.use-case';
import { ReviewReferrerFlagUseCase } from './use-cases/review-referrer-flag.use-case';

const aMemberId = () => randomUUID();

describe('referrals', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('referrals'));
  let tenant: string;
  let operator: Identity;
  let store: EventStore;
  let accept: AcceptReferralUseCase;
  let issue: IssueReferralCodeUseCase;
  let referralQueries: ReferralQueries;
  let rewardQueries: RewardQueries;

  async function aRunningReferralCampaign(rules = someRules()): Promise<string> {
    const campaignId = await aRunningCampaign(database, operator, 'referral');
    await new ConfigureReferralProgrammeUseCase(store).execute(operator, campaignId, rules);
    return campaignId;
  }

  /** The members service announcing a member, as the identity replica hears it from Kafka. */
  async function hear(envelope: EventEnvelope): Promise<void> {
    const client = await database.pool.connect();
    try {
      await replicateIdentity(client, envelope);
    } finally {
      client.release();
    }
  }
  const registered = (memberId: string, time: Date) =>
    MemberRegisteredV1.create({ memberId, keyId: `key-${memberId}`, registeredBy: { kind: 'member', id: memberId } }, { subject: `member-${memberId}`, tenantid: tenant, streamversion: 1, time });

  const grantsOf = (memberId: string) => rewardQueries.grants(tenant, { memberId }, {});

  beforeEach(() => {
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
    operator = aCampaignManager(tenant);
    store = new EventStore(database.pool, { ...referralProjections, ...rewardProjections });
    accept = new AcceptReferralUseCase(store, new GrantRewardUseCase(store));
    issue = new IssueReferralCodeUseCase(store);
    [referralQueries, rewardQueries] = [new ReferralQueries(database.pool), new RewardQueries(database.pool)];
  });

  it('should pay nothing for a self-referral, a cycle or an invitee Groundswell already knew, and grant the threshold once', async () => {
    const campaignId = await aRunningReferralCampaign();
    const [alice, bob, carol, dave, erin, frank] = Array.from({ length: 6 }, aMemberId);
    const aliceCode = await issue.execute(operator, { campaignId, memberId: alice });
    await expect(issue.execute(operator, { campaignId, memberId: alice })).resolves.toBe(aliceCode);

    await expect(accept.execute(operator, { code: aliceCode, inviteeId: alice })).rejects.toMatchObject({ code: 'SELF_REFERRAL', category: 'CONFLICT' });

    await hear(registered(bob, new Date()));
    await accept.execute(operator, { code: aliceCode.toLowerCase(), inviteeId: bob });
    const bobCode = await issue.execute(operator, { campaignId, memberId: bob });
    await expect(accept.execute(operator, { code: bobCode, inviteeId: alice })).rejects.toMatchObject({ code: 'REFERRAL_CYCLE' });

    // Carol registered a year ago; Dave is new, but a member known last year was merged into him.
    await hear(registered(carol, hoursFromNow(-24 * 365)));
    const lastYearsDave = aMemberId();
    await hear(registered(lastYearsDave, hoursFromNow(-24 * 365)));
    await hear(registered(dave, new Date()));
    await hear(
      MemberMergedIntoV1.create(
        { memberId: lastYearsDave, survivorMemberId: dave, mergeId: randomUUID(), movedIdentityIds: [], movedCommunityIds: [], reason: '同一手机号', mergedBy: { kind: 'operator', id: 'u-ops' } },
        { subject: `member-${lastYearsDave}`, tenantid: tenant, streamversion: 2, time: new Date() },
      ),
    );
    await accept.execute(operator, { code: aliceCode, inviteeId: carol });
    await accept.execute(operator, { code: aliceCode, inviteeId: dave });
    expect(await referralQueries.referrer(tenant, campaignId, alice)).toMatchObject({ invites: 3, qualifiedInvites: 1 });
    expect((await grantsOf(alice)).totalCount).toBe(0);

    await hear(registered(erin, new Date()));
    await accept.execute(operator, { code: aliceCode, inviteeId: erin });
    await accept.execute(operator, { code: aliceCode, inviteeId: frank }); // never heard of: new
    await accept.execute(operator, { code: aliceCode, inviteeId: frank }); // the same join reported again

    const grants = await grantsOf(alice);
    expect(grants.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({ id: thresholdGrantId(campaignId, alice, 3), campaignId, reward: { kind: 'points', points: 300 }, reason: { kind: 'referral_threshold', invites: 3 }, fulfilment: null }),
    ]);
    const tree = await referralQueries.referrals(tenant, campaignId, alice, {});
    expect(tree.edges.map(({ node }) => [node.inviteeId, node.qualified, node.disqualification]).sort()).toEqual(
      [[bob, true, null], [carol, false, 'invitee_already_known'], [dave, false, 'invitee_already_known'], [erin, true, null], [frank, true, null]].sort(),
    );
    const { rows } = await database.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM events WHERE tenant_id = $1 AND event_type = 'groundswell.campaigns.RewardGranted.v1'`, [tenant]);
    expect(rows[0]!.n).toBe(1);
  });

  it('should flag a burst of invites for review, and pay nothing more once the operator confirms fraud', async () => {
    const campaignId = await aRunningReferralCampaign(someRules({ thresholds: [{ invites: 5, reward: { kind: 'gift', item: '定制保温杯' } }], burst: { invites: 3, windowMinutes: 10 } }));
    const referrer = aMemberId();
    const code = await issue.execute(operator, { campaignId, memberId: referrer });
    for (const invitee of [aMemberId(), aMemberId(), aMemberId()]) await accept.execute(operator, { code, inviteeId: invitee });

    const flagged = await referralQueries.flags(tenant, {}, {});
    expect(flagged.edges.map(({ node }) => node)).toEqual([expect.objectContaining({ campaignId, referrerId: referrer, reason: 'invite_burst', invitesInWindow: 3, status: 'flagged' })]);

    await new ReviewReferrerFlagUseCase(store).execute(operator, { campaignId, referrerId: referrer, outcome: 'confirmed', note: '同一设备批量注册' });
    await accept.execute(operator, { code, inviteeId: aMemberId() });
    await accept.execute(operator, { code, inviteeId: aMemberId() });

    expect(await referralQueries.referrer(tenant, campaignId, referrer)).toMatchObject({ invites: 5, qualifiedInvites: 3, flag: 'confirmed' });
    expect((await grantsOf(referrer)).totalCount).toBe(0);
    expect((await referralQueries.flags(tenant, {}, {})).totalCount).toBe(0);
    expect((await referralQueries.flags(tenant, { status: 'confirmed' }, {})).totalCount).toBe(1);
  });

  it('should make an accepted referral the invitee\'s touchpoint, so the invitee\'s purchase credits the referral campaign and names the referrer; a confirmed fraudster\'s invitations none', async () => {
    const campaignId = await aRunningReferralCampaign(someRules({ burst: { invites: 2, windowMinutes: 10 } }));
    const referrer = aMemberId();
    const code = await issue.execute(operator, { campaignId, memberId: referrer });
    const [invitee, secondInvitee, lateInvitee] = [aMemberId(), aMemberId(), aMemberId()];
    await accept.execute(operator, { code, inviteeId: invitee });
    await accept.execute(operator, { code, inviteeId: secondInvitee });
    await new ReviewReferrerFlagUseCase(store).execute(operator, { campaignId, referrerId: referrer, outcome: 'confirmed', note: '同一设备批量注册' });
    await accept.execute(operator, { code, inviteeId: lateInvitee });

    const touchpoints = await database.pool.query('SELECT member_id, kind, campaign_id, referrer_id FROM attribution_touchpoints WHERE tenant_id = $1 ORDER BY occurred_at', [tenant]);
    expect(touchpoints.rows).toEqual([
      { member_id: invitee, kind: 'referral', campaign_id: campaignId, referrer_id: referrer },
      { member_id: secondInvitee, kind: 'referral', campaign_id: campaignId, referrer_id: referrer },
    ]);
    const shop: Identity = { sub: 'api-key-shop', tenant, roles: ['partner'] };
    const order = { externalOrderId: `jd-${randomUUID()}`, kind: 'purchase' as const, memberId: invitee, amountMinor: 8_800, currency: 'CNY', occurredAt: new Date().toISOString() };
    const conversionId = await new RecordConversionUseCase(new EventStore(database.pool, conversionProjections)).execute(shop, order);
    const credits = await database.pool.query('SELECT model, campaign_id, touchpoint_kind, referrer_id, amount_minor::int FROM conversion_credits WHERE tenant_id = $1 AND conversion_id = $2 ORDER BY model', [
      tenant,
      conversionId,
    ]);
    expect(credits.rows).toEqual(
      ['first_touch', 'last_touch', 'linear'].map((model) => ({ model, campaign_id: campaignId, touchpoint_kind: 'referral', referrer_id: referrer, amount_minor: 8_800 })),
    );
  });

  it('should issue a threshold coupon from the campaign batch through the coupons feature, once', async () => {
    const campaignId = await aRunningReferralCampaign();
    const couponStore = new EventStore(database.pool, couponProjections);
    const batchId = await new CreateCouponBatchUseCase(couponStore).execute(operator, aBatchTerms({ campaignId, validFrom: hoursFromNow(-1).toISOString(), validUntil: hoursFromNow(240).toISOString() }));
    await new ConfigureReferralProgrammeUseCase(store).execute(operator, campaignId, someRules({ thresholds: [{ invites: 1, reward: { kind: 'coupon', batchId } }] }));
    const referrer = aMemberId();
    const code = await issue.execute(operator, { campaignId, memberId: referrer });

    await accept.execute(operator, { code, inviteeId: aMemberId() });
    const grantId = thresholdGrantId(campaignId, referrer, 1);
    await new GrantRewardUseCase(store).grant(operator, { grantId, campaignId, memberId: referrer, reward: { kind: 'coupon', batchId }, reason: { kind: 'referral_threshold', invites: 1 } });

    const grant = await rewardQueries.grant(tenant, grantId);
    expect(grant?.reward).toEqual({ kind: 'coupon', batchId, couponId: expect.any(String) });
    const { rows } = await database.pool.query<{ memberId: string; couponId: string }>('SELECT member_id AS "memberId", coupon_id AS "couponId" FROM coupons WHERE tenant_id = $1 AND batch_id = $2', [tenant, batchId]);
    expect(rows).toEqual([{ memberId: referrer, couponId: (grant!.reward as { couponId: string }).couponId }]);
  });

  it('should accept a referral from a campaign join with a code, and leave refused ones out without failing the join', async () => {
    const [campaignId, otherCampaignId] = [await aRunningReferralCampaign(), await aRunningReferralCampaign()];
    const [referrer, invitee, stranger] = [aMemberId(), aMemberId(), aMemberId()];
    const code = await issue.execute(operator, { campaignId, memberId: referrer });
    const joined = (memberId: string, campaign: string, referralCode: string | null) =>
      CampaignJoinedV1.create(
        { campaignId: campaign, memberId, communityId: 'community-1', channel: null, referralCode, joinedAt: new Date().toISOString() },
        { subject: `participation-${campaign}:${memberId}`, tenantid: tenant, streamversion: 1, time: new Date() },
      );
    const handle = acceptJoinReferrals(accept);
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      for (const join of [joined(invitee, campaignId, code), joined(referrer, campaignId, code), joined(stranger, otherCampaignId, code), joined(stranger, campaignId, null)]) {
        await handle(client, join, { topic: 'gs.campaigns.participation', partition: 0, offset: '0' });
      }
      await client.query('COMMIT');
    } finally {
      client.release();
    }

    const tree = await referralQueries.referrals(tenant, campaignId, null, {});
    expect(tree.edges.map(({ node }) => [node.referrerId, node.inviteeId])).toEqual([[referrer, invitee]]);
    expect((await referralQueries.referrals(tenant, otherCampaignId, null, {})).totalCount).toBe(0);
  });
});
