import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// Partner contracts on `gs.partner.conversions.v1`: conversions recorded by the campaigns service,
// their attribution and their reversal, and the campaign activity they are attributed to (members
// joining campaigns, rewards granted; published only while the member consents to partner sharing).
// Ids, amounts and non-personal facts only — never a name, phone, address or free text; the member
// id is Groundswell's own, not personal data by itself.
const conversionId = z.uuid().describe('Groundswell conversion id, derived from the external order id (stable)');
const minorUnits = z.number().int().nonnegative().describe('Amount in minor units of the currency (fen for CNY)');
const campaignId = z.string().min(1).max(128).describe('The campaign');
const activityMemberId = z.string().min(1).max(100).describe('Groundswell member id');
const instant = z.iso.datetime({ offset: true });

export const PartnerConversionRecordedV1 = defineEvent({
  service: 'partner',
  name: 'ConversionRecorded',
  version: 1,
  description: 'A purchase, reservation, lead or subscription was recorded, once per external order id.',
  schema: z.object({
    conversionId,
    externalOrderId: z.string().min(1).max(128).describe('The shop\'s own order id'),
    kind: z.enum(['purchase', 'reservation', 'lead', 'subscription']).describe('What was converted'),
    memberId: z.string().min(1).max(64).describe('Groundswell member id'),
    amountMinor: minorUnits,
    currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 currency'),
    occurredAt: z.iso.datetime({ offset: true }).describe('When the order happened at the shop'),
  }),
});

export const PartnerConversionAttributedV1 = defineEvent({
  service: 'partner',
  name: 'ConversionAttributed',
  version: 1,
  description:
    'A conversion was credited to campaigns under one attribution model and version; a model change publishes new attributions over history. No credits: no campaign touched the member within the lookback.',
  schema: z.object({
    conversionId,
    model: z.enum(['last_touch', 'first_touch', 'linear']).describe('Attribution model'),
    modelVersion: z.number().int().positive().describe('Version of the model'),
    lookbackDays: z.number().int().positive().describe('How far back touchpoints count'),
    credits: z.array(z.object({ campaignId: z.string().min(1).max(128).describe('The campaign credited'), amountMinor: minorUnits })).describe('Parts of the amount, summing to it'),
  }),
});

export const PartnerConversionReversedV1 = defineEvent({
  service: 'partner',
  name: 'ConversionReversed',
  version: 1,
  description: 'Part or all of a conversion was refunded or cancelled, once per refund reference; subtract it from GMV.',
  schema: z.object({
    conversionId,
    refundReference: z.string().min(1).max(128).describe('The shop\'s refund or cancellation id'),
    amountMinor: z.number().int().positive().describe('Amount reversed, in minor units'),
  }),
});

export const PartnerCampaignJoinedV1 = defineEvent({
  service: 'partner',
  name: 'CampaignJoined',
  version: 1,
  description: 'A member who consents to partner sharing joined a campaign, once per member and campaign: a touchpoint conversions may be attributed to.',
  schema: z.object({
    campaignId,
    memberId: activityMemberId,
    channel: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .describe('The promotion channel the member came through (community_announcement, push, partner_channel, kol, paid_ads, live_stream, offline; more may come); null when unknown'),
    referred: z.boolean().describe('True when the member came with another member\'s referral code (whose code is not published)'),
    joinedAt: instant.describe('When the member joined'),
  }),
});

export const PartnerRewardGrantedV1 = defineEvent({
  service: 'partner',
  name: 'RewardGranted',
  version: 1,
  description: 'A campaign granted a member who consents to partner sharing a reward, once per grant id. What was granted only: never a coupon code, a shipping address or an operator\'s note.',
  schema: z.object({
    grantId: z.uuid().describe('The grant (stable)'),
    campaignId,
    memberId: activityMemberId,
    reward: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('points'), points: z.number().int().positive().describe('Points the member earns') }),
        z.object({ kind: z.literal('badge'), badgeId: z.string().min(1).max(100).describe('The badge awarded') }),
        z.object({ kind: z.literal('coupon'), batchId: z.string().min(1).max(100).describe('The campaign coupon batch a coupon was issued from') }),
        z.object({ kind: z.literal('gift'), item: z.string().min(1).max(100).describe('The physical gift, as the brand names it') }),
      ])
      .describe('points, badge, coupon or gift, with what identifies it'),
    reason: z.enum(['referral_threshold', 'operator']).describe('referral_threshold: the member\'s invites reached a threshold; operator: granted by hand'),
    grantedAt: instant.describe('When it was granted'),
  }),
});

export const partnerConversionEvents = [PartnerConversionRecordedV1, PartnerConversionAttributedV1, PartnerConversionReversedV1, PartnerCampaignJoinedV1, PartnerRewardGrantedV1];
