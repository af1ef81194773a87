import type { AnyEventDefinition } from '../contracts/event-definition';
import { partnerTopics } from '../topics';
import { PartnerCampaignJoinedV1, PartnerConversionAttributedV1, PartnerConversionRecordedV1, PartnerConversionReversedV1, PartnerRewardGrantedV1 } from './partner-conversion-events';
import { PartnerMemberErasedV1, PartnerMemberJoinedV1, PartnerMemberLeftV1, PartnerMemberLevelChangedV1, PartnerPointsEarnedV1, PartnerPointsRedeemedV1, PartnerMemberTaggedV1 } from './partner-member-events';

/** One partner contract on its topic, with the example data partners see in the AsyncAPI document. */
export interface PartnerMessage {
  contract: AnyEventDefinition;
  example: Record<string, unknown>;
  /** What the record key is, when not the channel's. */
  key?: string;
}

/** A public partner topic: what is published on it, and what its Kafka key is. */
export interface PartnerChannel {
  topic: string;
  title: string;
  description: string;
  /** What the record key is; the order of records is kept per key. */
  key: string;
  messages: PartnerMessage[];
}

const memberId = '0193a4c2-7d1e-7b3a-9c55-3f1e2d4c5b6a';
const communityId = '0193a4c2-6a00-7c11-8e22-1a2b3c4d5e6f';
const conversionId = '0193a4c2-9c00-7e33-8a44-3c4d5e6f7081';
const campaignId = '0193a4c2-8b00-7d22-9f33-2b3c4d5e6f70';
const keyedByMember = 'The member id: records about one member keep their order.';

/**
 * Every partner topic and the contracts published on it. The AsyncAPI document
 * (`libs/events/asyncapi/partners.asyncapi.json`) is generated from this list, and a test fails when
 * a partner contract (service `partner` in `allEventDefinitions`) is on no topic here.
 */
export const partnerChannels: PartnerChannel[] = [
  {
    topic: partnerTopics.members,
    title: 'Members',
    description:
      'Membership, growth-level, tag and points events of members who consent to partner sharing, and the erasure of every member. ' +
      'Ids and non-personal facts only: never names, phone numbers, emails or platform handles.',
    key: 'The member id: records about one member keep their order.',
    messages: [
      { contract: PartnerMemberJoinedV1, example: { memberId, communityId, platform: 'wecom', channel: 'qr-code' } },
      { contract: PartnerMemberLeftV1, example: { memberId, communityId, removed: false } },
      { contract: PartnerMemberLevelChangedV1, example: { memberId, level: 2, previousLevel: 1 } },
      { contract: PartnerMemberTaggedV1, example: { memberId, tag: 'koc' } },
      { contract: PartnerPointsEarnedV1, example: { memberId, points: 30, balance: 130 } },
      { contract: PartnerPointsRedeemedV1, example: { memberId, points: 100, balance: 30 } },
      { contract: PartnerMemberErasedV1, example: { memberId } },
    ],
  },
  {
    topic: partnerTopics.conversions,
    title: 'Conversions',
    description:
      'Purchases, reservations, leads and subscriptions recorded by the campaigns service (by GraphQL or the e-commerce webhook), their attribution to campaigns under each model version, and refunds or cancellations that reverse them; ' +
      'campaign joins and rewards of members who consent to partner sharing. Ids, amounts and non-personal facts only.',
    key: 'The conversion id for conversion records (records about one conversion keep their order); the member id for campaign joins and rewards.',
    messages: [
      {
        contract: PartnerConversionRecordedV1,
        example: { conversionId, externalOrderId: 'JD-20261203-0042', kind: 'purchase', memberId, amountMinor: 12900, currency: 'CNY', occurredAt: '2026-12-03T10:15:00+08:00' },
      },
      {
        contract: PartnerConversionAttributedV1,
        example: { conversionId, model: 'last_touch', modelVersion: 1, lookbackDays: 7, credits: [{ campaignId, amountMinor: 12900 }] },
      },
      { contract: PartnerConversionReversedV1, example: { conversionId, refundReference: 'JD-RF-0042', amountMinor: 12900 } },
      {
        contract: PartnerCampaignJoinedV1,
        example: { campaignId, memberId, channel: 'community_announcement', referred: true, joinedAt: '2026-12-01T09:30:00+08:00' },
        key: keyedByMember,
      },
      {
        contract: PartnerRewardGrantedV1,
        example: {
          grantId: '0193a4c2-a100-7f44-8b55-4d5e6f708192',
          campaignId,
          memberId,
          reward: { kind: 'gift', item: '定制保温杯' },
          reason: 'referral_threshold',
          grantedAt: '2026-12-02T20:00:00+08:00',
        },
        key: keyedByMember,
      },
    ],
  },
];
