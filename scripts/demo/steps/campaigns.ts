import { createHash } from 'node:crypto';
import { generateCampaigns, type DemoCampaign, type DemoCampaignKey } from '../demo-campaigns.ts';
import { campaignOperations as op } from '../demo-campaign-operations.ts';
import { errorMessages, type GraphqlRequest, type GraphqlResponse } from '../graphql-client.ts';
import { inParallel, type DemoLoad } from './demo-load.ts';

export interface CampaignCounts {
  campaigns: number;
  running: number;
  participations: number;
  referrals: number;
  couponsClaimed: number;
  couponsRedeemed: number;
  lotteryEntries: number;
  lotteryWinners: number;
  registrations: number;
  checkIns: number;
  conversions: number;
  /** Conversions the API attributed to a campaign (last touch). */
  attributed: number;
  refunds: number;
  failed: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Campaigns learns memberships and consent from the members topic: a just-consented member may take a moment to be eligible. */
const notYetEligible = new Set(['NO_MARKETING_CONSENT', 'NOT_A_COMMUNITY_MEMBER', 'MEMBER_NOT_FOUND']);

function untilEligible(request: GraphqlRequest): GraphqlRequest {
  return async function retrying<T>(query: string, variables: Record<string, unknown>): Promise<GraphqlResponse<T>> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const result = await request<T>(query, variables);
      const reason = result.errors?.[0]?.extensions?.reason;
      if (!reason || !notYetEligible.has(reason) || Date.now() > deadline) return result;
      await sleep(500);
    }
  };
}

/**
 * Loads the campaigns story (demo-campaigns.ts) through the gateway, every call under an idempotency key
 * (or the API's own once-only reference: order ids, refund references), so a resumed load repeats it safely.
 * Campaigns start on the campaign clock a few seconds after they are scheduled; the step waits for `running`.
 */
export async function loadCampaigns(load: DemoLoad): Promise<CampaignCounts> {
  const { data, communityIds, memberIds, log } = load;
  const request = untilEligible(load.request);
  const story = generateCampaigns(data);
  const counts: CampaignCounts = { campaigns: 0, running: 0, participations: 0, referrals: 0, couponsClaimed: 0, couponsRedeemed: 0, lotteryEntries: 0, lotteryWinners: 0, registrations: 0, checkIns: 0, conversions: 0, attributed: 0, refunds: 0, failed: 0 };
  const key = (name: string) => `demo-campaigns-${data.seed}-${name}`;
  const call = async <T>(what: string, query: string, variables: Record<string, unknown>): Promise<T | undefined> => {
    const result = await request<T>(query, variables);
    if (result.data && !result.errors) return result.data;
    counts.failed += 1;
    if (counts.failed <= 10) log(`demo: campaigns: ${what} failed: ${errorMessages(result.errors) ?? 'no data'}`);
    return undefined;
  };
  const member = (person: number) => memberIds.get(person);
  const each = <T>(items: readonly T[], work: (item: T) => Promise<void>) => inParallel(items, load.concurrency, work);

  // --- marketing consent for everyone who takes part ---
  const decidedAt = new Date().toISOString();
  await each(story.consenting, async (person) => {
    const memberId = member(person);
    if (!memberId) return;
    const decision = { purpose: 'marketing_messages', granted: true, source: 'import', policyVersion: '2026-01', decidedAt };
    await call('consent', op.recordConsent, { memberId, decision, key: key(`consent-${person}`) });
  });

  // --- five campaigns, created and scheduled to start in a few seconds, for all three communities ---
  const ids = new Map<DemoCampaignKey, string>();
  await Promise.all(story.campaigns.map(async (campaign) => {
    // A start must still be ahead when the campaign is scheduled; a few seconds cover a busy machine.
    const id = await createAndSchedule(campaign, new Date(Date.now() + 5_000));
    if (id) ids.set(campaign.key, id);
  }));
  await waitRunning([...ids.values()]);

  // --- participations ---
  for (const campaign of story.campaigns) {
    const campaignId = ids.get(campaign.key);
    if (!campaignId) continue;
    await each(campaign.participants, async (person) => {
      const memberId = member(person);
      if (!memberId) return;
      const joined = await call('join', op.joinCampaign, { input: { campaignId, memberId, channel: 'community_announcement' }, key: key(`join-${campaign.key}-${person}`) });
      if (joined) counts.participations += 1;
    });
  }

  await Promise.all([referrals(), checkIns(), coupons(), lottery(), meetup()]);
  await conversions();
  log(
    `demo: campaigns ${counts.campaigns} (${counts.running} running), ${counts.participations} participations, ${counts.referrals} referrals, ` +
      `${counts.couponsClaimed} coupons claimed / ${counts.couponsRedeemed} redeemed, ${counts.lotteryEntries} lottery entries / ${counts.lotteryWinners} winners, ` +
      `${counts.registrations} meetup registrations, ${counts.checkIns} check-ins, ${counts.conversions} conversions (${counts.attributed} attributed) / ${counts.refunds} refunds` +
      `${counts.failed ? `, ${counts.failed} calls failed` : ''}`,
  );
  return counts;

  async function createAndSchedule(campaign: DemoCampaign, starts: Date): Promise<string | undefined> {
    const plan = {
      name: campaign.name,
      goal: { objective: campaign.objective, targets: [campaign.target] },
      communityIds: data.communities.map((community) => communityIds[community.key]),
      schedule: { startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + campaign.days * 86_400_000).toISOString(), timeZone: 'Asia/Shanghai' },
      channels: campaign.kind === 'offline_event' ? ['community_announcement', 'offline'] : ['community_announcement', 'push'],
    };
    const created = await call<{ createCampaign: { campaign: { id: string; status: string } } }>(`create ${campaign.key}`, op.createCampaign, { input: { kind: campaign.kind, plan }, key: key(`create-${campaign.key}`) });
    if (!created) return undefined;
    counts.campaigns += 1;
    const { id, status } = created.createCampaign.campaign;
    if (status === 'draft') await call(`schedule ${campaign.key}`, op.scheduleCampaign, { id, key: key(`schedule-${campaign.key}`) });
    return id;
  }

  async function waitRunning(campaignIds: string[]): Promise<void> {
    const deadline = Date.now() + 60_000;
    const pending = new Set(campaignIds);
    while (pending.size > 0 && Date.now() < deadline) {
      for (const id of [...pending]) {
        const status = (await load.request<{ campaign: { status: string } | null }>(op.campaignStatus, { id })).data?.campaign?.status;
        if (status && status !== 'draft' && status !== 'scheduled') pending.delete(id);
      }
      if (pending.size > 0) await sleep(500);
    }
    counts.running = campaignIds.length - pending.size;
    if (pending.size > 0) log(`demo: campaigns: ${pending.size} campaigns did not start within 60 s`);
  }

  async function referrals(): Promise<void> {
    const campaignId = ids.get('fission');
    if (!campaignId) return;
    const programme = {
      campaignId,
      thresholds: [{ invites: 1, reward: { kind: 'points', points: 50 } }, { invites: 3, reward: { kind: 'points', points: 200 } }],
      perReferrerCap: 20,
      burst: { invites: 10, windowMinutes: 10 },
    };
    await call('referral programme', op.configureReferralProgramme, { input: programme, key: key('referral-programme') });
    const codes = new Map<number, string>();
    await each([...new Set(story.referrals.map((referral) => referral.referrer))], async (person) => {
      const memberId = member(person);
      if (!memberId) return;
      const issued = await call<{ issueReferralCode: { referrer: { code: string } } }>('referral code', op.issueReferralCode, { input: { campaignId, memberId }, key: key(`code-${person}`) });
      if (issued) codes.set(person, issued.issueReferralCode.referrer.code);
    });
    await each(story.referrals, async ({ referrer, invitee }) => {
      const code = codes.get(referrer);
      const inviteeId = member(invitee);
      if (!code || !inviteeId) return;
      if (await call('referral', op.acceptReferral, { input: { code, inviteeId }, key: key(`referral-${invitee}`) })) counts.referrals += 1;
    });
  }

  async function checkIns(): Promise<void> {
    const campaignId = ids.get('challenge');
    if (!campaignId) return;
    await each(story.checkIns, async (person) => {
      const memberId = member(person);
      if (!memberId) return;
      if (await call('check-in', op.checkIn, { input: { campaignId, memberId, timeZone: 'Asia/Shanghai' }, key: key(`check-in-${person}-${decidedAt.slice(0, 10)}`) })) counts.checkIns += 1;
    });
  }

  async function coupons(): Promise<void> {
    const campaignId = ids.get('coupon');
    if (!campaignId) return;
    const validFrom = new Date();
    const input = { campaignId, name: '满199减30', stock: story.coupon.stock, perMemberLimit: 1, validFrom: validFrom.toISOString(), validUntil: new Date(validFrom.getTime() + 14 * 86_400_000).toISOString(), benefit: { kind: 'amount_off', value: 3_000 } };
    const batch = await call<{ createCouponBatch: { couponBatch: { id: string } } }>('coupon batch', op.createCouponBatch, { input, key: key('coupon-batch') });
    if (!batch) return;
    const batchId = batch.createCouponBatch.couponBatch.id;
    const redeeming = new Set(story.coupon.redemptions);
    await each(story.coupon.claims, async (person) => {
      const memberId = member(person);
      if (!memberId) return;
      const claimed = await call<{ claimCoupon: { coupon: { code: string } } }>('coupon claim', op.claimCoupon, { input: { batchId, memberId }, key: key(`claim-${person}`) });
      if (!claimed) return;
      counts.couponsClaimed += 1;
      if (!redeeming.has(person)) return;
      const orderReference = `demo-coupon-order-${data.seed}-${person}`;
      if (await call('coupon redemption', op.redeemCoupon, { input: { code: claimed.claimCoupon.coupon.code, orderReference }, key: key(`redeem-${person}`) })) counts.couponsRedeemed += 1;
    });
  }

  async function lottery(): Promise<void> {
    const campaignId = ids.get('lottery');
    if (!campaignId) return;
    const { seed, prizes } = story.lottery;
    const input = { campaignId, name: '年终锦鲤', prizes, seedCommitment: createHash('sha256').update(seed, 'utf8').digest('hex'), entriesCloseAt: new Date(Date.now() + 86_400_000).toISOString() };
    const created = await call<{ createLottery: { lottery: { id: string } } }>('lottery', op.createLottery, { input, key: key('lottery') });
    if (!created) return;
    const lotteryId = created.createLottery.lottery.id;
    const entrants = story.campaigns.find((campaign) => campaign.key === 'lottery')!.participants;
    await each(entrants, async (person) => {
      const memberId = member(person);
      if (memberId && (await call('lottery entry', op.enterLottery, { input: { lotteryId, memberId }, key: key(`enter-${person}`) }))) counts.lotteryEntries += 1;
    });
    await call('close lottery', op.closeLotteryEntries, { lotteryId, key: key('lottery-close') });
    const drawn = await call<{ drawLottery: { lottery: { winners: unknown[] | null } } }>('draw lottery', op.drawLottery, { input: { lotteryId, seed }, key: key('lottery-draw') });
    counts.lotteryWinners = drawn?.drawLottery.lottery.winners?.length ?? 0;
  }

  async function meetup(): Promise<void> {
    const campaignId = ids.get('meetup');
    if (!campaignId) return;
    if (!(await call('open registration', op.openRegistration, { input: { campaignId, capacity: story.meetup.capacity }, key: key('meetup-open') }))) return;
    // In order, one at a time: the first `capacity` get seats, the rest a place on the waitlist.
    for (const person of story.meetup.registrations) {
      const memberId = member(person);
      if (memberId && (await call('registration', op.register, { input: { campaignId, memberId }, key: key(`register-${person}`) }))) counts.registrations += 1;
    }
  }

  async function conversions(): Promise<void> {
    const occurredAt = new Date().toISOString();
    await each(story.conversions, async (conversion) => {
      const memberId = member(conversion.person);
      if (!memberId) return;
      const input = { externalOrderId: conversion.externalOrderId, kind: 'purchase', memberId, amountMinor: conversion.amountMinor, currency: 'CNY', occurredAt };
      const recorded = await call<{ recordConversion: { conversion: { lastTouchCampaignId: string | null } } }>('conversion', op.recordConversion, { input, key: key(`conversion-${conversion.externalOrderId}`) });
      if (!recorded) return;
      counts.conversions += 1;
      if (recorded.recordConversion.conversion.lastTouchCampaignId) counts.attributed += 1;
      if (!conversion.refund) return;
      const refund = { externalOrderId: conversion.externalOrderId, refundReference: conversion.refund.reference, amountMinor: conversion.refund.amountMinor };
      if (await call('refund', op.refundConversion, { input: refund, key: key(`refund-${conversion.externalOrderId}`) })) counts.refunds += 1;
    });
  }
}
