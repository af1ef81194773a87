import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { conversionEvents } from './conversion-events';
import { contestEvents } from './contest-events';
import { lotteryEvents } from './lottery-events';
import { quizEvents } from './quiz-events';
import { participationEvents } from './participation-events';
import { referralEvents } from './referral-events';
import { rewardEvents } from './reward-events';

// The campaigns service's domain events on gs.campaigns.campaign, gs.campaigns.coupon-batch and
// gs.campaigns.coupon. Internal: partners see conversions on gs.partner.conversions.v1 instead.
const id = z.string().min(1).max(100);
const subject = z.string().min(1).max(200).describe('Subject of who acted (system:campaign-clock for the schedule)');
const instant = z.iso.datetime({ offset: true }).describe('ISO 8601 instant');
const text = (max: number) => z.string().min(1).max(max);

const metric = z.enum(['participants', 'new_members', 'referrals', 'conversions', 'gmv', 'leads', 'reach', 'check_ins']);
const planSchema = z.object({
  name: text(100),
  goal: z.object({
    objective: z.enum(['participation', 'awareness', 'sales', 'loyalty', 'acquisition']),
    targets: z.array(z.object({ metric, value: z.number().int().positive() })).min(1),
  }),
  communityIds: z.array(id).min(1).max(50),
  segmentId: id.nullable().describe('A members segment; null targets every member of the communities'),
  schedule: z.object({ startsAt: instant, endsAt: instant, timeZone: text(64).describe('IANA time zone') }),
  channels: z.array(z.enum(['community_announcement', 'push', 'partner_channel', 'kol', 'paid_ads', 'live_stream', 'offline'])),
  coHosts: z.array(z.object({ kind: z.enum(['partner_community', 'sponsor', 'media', 'kol', 'co_brand']), name: text(100) })).max(20),
  milestones: z.array(z.object({ title: text(100), owner: text(100), dueAt: instant, expectedResult: text(500) })).max(50),
  budget: z
    .object({
      currency: z.string().regex(/^[A-Z]{3}$/),
      lines: z.array(z.object({ category: z.enum(['platform', 'content', 'event', 'promotion', 'rewards', 'technology', 'other']), amountMinor: z.number().int().nonnegative() })).min(1),
      reserveMinor: z.number().int().nonnegative(),
      regionalMultipliers: z.array(z.object({ region: text(40), percent: z.number().int().min(1).max(1000) })).max(20),
    })
    .nullable()
    .describe('Amounts in minor units of currency'),
});
const campaignKind = z.enum([
  'promotion', 'referral', 'coupon', 'lottery', 'quiz', 'contest', 'challenge', 'check_in', 'vote', 'interactive_game',
  'survey', 'live_stream', 'offline_event', 'welfare', 'product_trial', 'holiday', 'co_branded', 'charity', 'paid_course',
]);
const campaign = { campaignId: id.describe('The campaign') };

const campaignEvent = (name: string, description: string, shape: z.ZodRawShape) =>
  defineEvent({ service: 'campaigns', name, version: 1, description, schema: z.object({ ...campaign, ...shape }) });

export const CampaignCreatedV1 = campaignEvent('CampaignCreated', 'A campaign was drafted with its goal, targeting, schedule, plan and budget.', { kind: campaignKind, plan: planSchema, createdBy: subject });
export const CampaignRevisedV1 = campaignEvent('CampaignRevised', 'A draft or scheduled campaign\'s plan was replaced.', { plan: planSchema, revisedBy: subject });
export const CampaignScheduledV1 = campaignEvent('CampaignScheduled', 'A campaign will start and end on its schedule.', { startsAt: instant, endsAt: instant, scheduledBy: subject });
export const CampaignStartedV1 = campaignEvent('CampaignStarted', 'A campaign started running.', { startedBy: subject });
export const CampaignPausedV1 = campaignEvent('CampaignPaused', 'A running campaign was paused.', { reason: text(500), pausedBy: subject });
export const CampaignResumedV1 = campaignEvent('CampaignResumed', 'A paused campaign runs again.', { resumedBy: subject });
export const CampaignEndedV1 = campaignEvent('CampaignEnded', 'A campaign ended, on schedule or early by an operator.', { reason: z.enum(['schedule', 'operator']), endedBy: subject });
export const CampaignReviewedV1 = campaignEvent('CampaignReviewed', 'The post-mortem of an ended campaign was recorded.', {
  postMortem: z.object({ summary: text(5000), lessons: z.array(text(500)).max(20), goalResults: z.array(z.object({ metric, actual: z.number().int().nonnegative() })) }),
  reviewedBy: subject,
});

const validity = { validFrom: instant, validUntil: instant };

export const CouponBatchCreatedV1 = defineEvent({
  service: 'campaigns',
  name: 'CouponBatchCreated',
  version: 1,
  description: 'A batch of coupons of a campaign, with its stock, per-member limit and validity window.',
  schema: z.object({
    batchId: id,
    ...campaign,
    name: text(100),
    stock: z.number().int().positive(),
    perMemberLimit: z.number().int().positive(),
    ...validity,
    benefit: z.object({ kind: z.enum(['amount_off', 'percent_off', 'free_trial']), value: z.number().int().positive() }).describe('amount_off in minor units, percent_off 1–100, free_trial in days'),
    createdBy: subject,
  }),
});

export const CouponClaimedV1 = defineEvent({
  service: 'campaigns',
  name: 'CouponClaimed',
  version: 1,
  description: 'A coupon of a batch was issued to a member.',
  schema: z.object({ couponId: id, batchId: id, ...campaign, memberId: id, code: text(64).describe('The unguessable code the member redeems'), ...validity, claimedBy: subject }),
});

export const CouponRedeemedV1 = defineEvent({
  service: 'campaigns',
  name: 'CouponRedeemed',
  version: 1,
  description: 'A coupon was redeemed for an order (once; retries for the same order add nothing).',
  schema: z.object({ couponId: id, batchId: id, memberId: id, orderReference: text(128), redeemedBy: subject }),
});

/** Every event the campaigns service publishes. */
export const campaignEvents = [
  CampaignCreatedV1,
  CampaignRevisedV1,
  CampaignScheduledV1,
  CampaignStartedV1,
  CampaignPausedV1,
  CampaignResumedV1,
  CampaignEndedV1,
  CampaignReviewedV1,
  CouponBatchCreatedV1,
  CouponClaimedV1,
  CouponRedeemedV1,
  ...conversionEvents,
  ...lotteryEvents,
  ...quizEvents,
  ...contestEvents,
  ...participationEvents,
  ...referralEvents,
  ...rewardEvents,
] as const;

export * from './conversion-events';
export * from './contest-events';
export * from './lottery-events';
export * from './quiz-events';
export * from './participation-events';
export * from './referral-events';
export * from './reward-events';
