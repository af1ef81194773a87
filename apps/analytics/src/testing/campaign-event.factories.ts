import { randomUUID } from 'node:crypto';
import type { RecordedPlan } from '../projections/campaign-facts';
import { CampaignCheckedInV1, CampaignCreatedV1, CampaignJoinedV1, CampaignRevisedV1, CampaignStartedV1, ConversionAttributedV1, ConversionRecordedV1, ConversionRefundedV1, CouponClaimedV1, MemberJoinedV2, type DataOf, type EventEnvelope } from '@groundswell/events';
import { metadata, type When } from './event-metadata';

// Test data only: envelopes as the campaigns service (and, for acquisitions, the members service) publishes them.

type Plan = RecordedPlan & { name: string; goal: { objective: string }; segmentId: null; schedule: { timeZone: string }; channels: string[]; coHosts: never[]; milestones: never[] };
type BudgetCategory = 'platform' | 'content' | 'event' | 'promotion' | 'rewards' | 'technology' | 'other';
type Channel = 'community_announcement' | 'push' | 'partner_channel' | 'kol' | 'paid_ads' | 'live_stream' | 'offline' | null;
type ConversionKind = DataOf<typeof ConversionRecordedV1>['kind'];

const operator = 'operator:campaign-manager-1';

export interface PlanFacts {
  communityIds: string[];
  startsAt: string;
  endsAt: string;
  targets?: Plan['goal']['targets'];
  /** Budget lines in fen; no budget when absent. */
  budget?: Partial<Record<BudgetCategory, number>>;
  reserveMinor?: number;
  regionalMultipliers?: Array<{ region: string; percent: number }>;
  currency?: string;
}

export function aPlan(facts: PlanFacts): Plan {
  return {
    name: 'Test campaign',
    goal: { objective: 'sales', targets: facts.targets ?? [{ metric: 'conversions', value: 10 }] },
    communityIds: facts.communityIds,
    segmentId: null,
    schedule: { startsAt: facts.startsAt, endsAt: facts.endsAt, timeZone: 'Asia/Shanghai' },
    channels: ['community_announcement', 'kol'],
    coHosts: [],
    milestones: [],
    budget: facts.budget
      ? {
          currency: facts.currency ?? 'CNY',
          lines: Object.entries(facts.budget).map(([category, amountMinor]) => ({ category, amountMinor })),
          reserveMinor: facts.reserveMinor ?? 0,
          regionalMultipliers: facts.regionalMultipliers ?? [],
        }
      : null,
  };
}

// The campaigns contracts are built by a generic helper, so their TypeScript data types name only the ids: data goes in through variables.
export function aCampaignCreated(when: When & PlanFacts & { campaignId: string; kind?: 'promotion' | 'live_stream' | 'referral' }): EventEnvelope {
  const data = { campaignId: when.campaignId, kind: when.kind ?? 'promotion', plan: aPlan(when), createdBy: operator };
  return CampaignCreatedV1.create(data, metadata(when, `campaign-${when.campaignId}`));
}

export function aCampaignRevised(when: When & PlanFacts & { campaignId: string }): EventEnvelope {
  const data = { campaignId: when.campaignId, plan: aPlan(when), revisedBy: operator };
  return CampaignRevisedV1.create(data, metadata(when, `campaign-${when.campaignId}`));
}

export function aCampaignStarted(when: When & { campaignId: string }): EventEnvelope {
  const data = { campaignId: when.campaignId, startedBy: 'system:campaign-clock' };
  return CampaignStartedV1.create(data, metadata(when, `campaign-${when.campaignId}`));
}

export function aCampaignJoined(when: When & { campaignId: string; memberId?: string; communityId: string; channel?: Channel; referralCode?: string }): EventEnvelope {
  const memberId = when.memberId ?? randomUUID();
  const data = { campaignId: when.campaignId, memberId, communityId: when.communityId, channel: when.channel ?? null, referralCode: when.referralCode ?? null, joinedAt: when.at };
  return CampaignJoinedV1.create(data, metadata(when, `participation-${when.campaignId}-${memberId}`));
}

export function aCheckIn(when: When & { campaignId: string; memberId: string; streak?: number }): EventEnvelope {
  const data = { campaignId: when.campaignId, memberId: when.memberId, day: when.at.slice(0, 10), streak: when.streak ?? 1, checkedInAt: when.at };
  return CampaignCheckedInV1.create(data, metadata(when, `participation-${when.campaignId}-${when.memberId}`));
}

export function aCouponClaimed(when: When & { campaignId: string; memberId: string }): EventEnvelope {
  const couponId = randomUUID();
  return CouponClaimedV1.create(
    { couponId, batchId: randomUUID(), campaignId: when.campaignId, memberId: when.memberId, code: 'ABCD1234EFGH5678', validFrom: when.at, validUntil: '2099-01-01T00:00:00Z', claimedBy: when.memberId },
    metadata(when, `coupon-${couponId}`),
  );
}

/** A member the members service says the campaign brought in. */
export function aMemberAcquired(when: When & { campaignId: string; communityId: string; memberId?: string }): EventEnvelope {
  const memberId = when.memberId ?? randomUUID();
  return MemberJoinedV2.create(
    { memberId, communityId: when.communityId, platform: 'wecom', acquisition: { channel: 'campaign', campaignId: when.campaignId } },
    metadata(when, memberId),
  );
}

export interface ConversionFacts extends When {
  memberId: string;
  amountMinor: number;
  kind?: ConversionKind;
  currency?: string;
  /** The campaign its last touch credits; unattributed when absent. */
  campaignId?: string;
  conversionId?: string;
}

/** A conversion as recorded, with its last-touch attribution when a campaign is given (what the campaigns service appends together). */
export function aConversion(facts: ConversionFacts): { conversionId: string; events: EventEnvelope[] } {
  const conversionId = facts.conversionId ?? randomUUID();
  const subject = `conversion-${conversionId}`;
  const recorded = ConversionRecordedV1.create(
    {
      conversionId,
      externalOrderId: `order-${conversionId}`,
      kind: facts.kind ?? 'purchase',
      memberId: facts.memberId,
      amountMinor: facts.amountMinor,
      currency: facts.currency ?? 'CNY',
      occurredAt: facts.at,
      recordedBy: 'api-key:shop',
    },
    metadata(facts, subject),
  );
  const credits = facts.campaignId ? [{ campaignId: facts.campaignId, touchpointId: randomUUID(), amountMinor: facts.amountMinor }] : [];
  const attributed = ConversionAttributedV1.create({ conversionId, model: 'last_touch', modelVersion: 1, lookbackDays: 7, credits }, metadata(facts, subject));
  return { conversionId, events: [recorded, attributed] };
}

export function aConversionRefunded(when: When & { conversionId: string; amountMinor: number }): EventEnvelope {
  return ConversionRefundedV1.create(
    { conversionId: when.conversionId, refundReference: `refund-${randomUUID()}`, amountMinor: when.amountMinor, refundedBy: 'api-key:shop' },
    metadata(when, `conversion-${when.conversionId}`),
  );
}
