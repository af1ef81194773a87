import { CampaignCheckedInV1, CampaignCreatedV1, CampaignEndedV1, CampaignJoinedV1, CampaignRegistrationRequestedV1, CampaignRevisedV1, CampaignScheduledV1, CampaignStartedV1, CampaignVoteCastV1, ConversionAttributedV1, ConversionRecordedV1, ConversionRefundedV1, CouponClaimedV1, MemberJoinedV2, type EventEnvelope } from '@groundswell/events';

/** What analytics reads of a recorded plan (the campaigns contracts build their schemas generically, so the types are spelled out here). */
export interface RecordedPlan {
  communityIds: string[];
  goal: { targets: Array<{ metric: string; value: number }> };
  schedule: { startsAt: string; endsAt: string };
  budget: {
    currency: string;
    lines: Array<{ category: string; amountMinor: number }>;
    reserveMinor: number;
    regionalMultipliers: Array<{ region: string; percent: number }>;
  } | null;
}
type Planned = { campaignId: string; plan: RecordedPlan; kind?: string };
type Joined = { campaignId: string; memberId: string; communityId: string; channel: string | null; referralCode: string | null };

/** What analytics keeps of a campaign's plan: where it runs, what it aims at, when, and what it may cost. */
export interface PlanFact {
  kind: 'plan';
  /** The campaign kind; absent on a revision, which keeps it. */
  campaignKind?: string;
  communityIds: string[];
  targets: RecordedPlan['goal']['targets'];
  startsAt: string;
  endsAt: string;
  budget: RecordedPlan['budget'];
}

/** A campaign committed to a schedule (`scheduled`), ran (`started`) or stopped (`ended`). */
export interface LifecycleFact {
  kind: 'lifecycle';
  change: 'scheduled' | 'started' | 'ended';
}

/** A member taking part: joining (with the community and promotion channel), checking in, voting, registering, claiming a coupon. */
export interface ParticipationFact {
  kind: 'participation';
  action: 'joined' | 'checked_in' | 'voted' | 'registered' | 'coupon_claimed';
  memberId: string;
  communityId?: string;
  channel?: string | null;
  referred?: boolean;
}

/** A member the members service says a campaign brought in (MemberJoined.acquisition.campaignId). */
export interface AcquisitionFact {
  kind: 'acquisition';
  memberId: string;
  communityId: string;
}

export interface ConversionFact {
  kind: 'conversion';
  conversionId: string;
  conversionKind: 'purchase' | 'reservation' | 'lead' | 'subscription';
  memberId: string;
  amountMinor: number;
  currency: string;
  /** When the order happened at the shop; conversions are counted on this day. */
  occurredAt: string;
}

export interface AttributionFact {
  kind: 'attribution';
  conversionId: string;
  model: string;
  modelVersion: number;
  credits: Array<{ campaignId: string; amountMinor: number }>;
}

export interface RefundFact {
  kind: 'refund';
  conversionId: string;
  amountMinor: number;
}

export type CampaignFact = PlanFact | LifecycleFact | ParticipationFact | AcquisitionFact | ConversionFact | AttributionFact | RefundFact;

/** A fact with the campaign it belongs to (none for a conversion, whose campaigns come from its attribution). */
export interface ScopedCampaignFact {
  campaignId: string | null;
  fact: CampaignFact;
}

const planFact = (plan: RecordedPlan, campaignKind?: string): PlanFact => ({
  kind: 'plan',
  ...(campaignKind ? { campaignKind } : {}),
  communityIds: plan.communityIds,
  targets: plan.goal.targets,
  startsAt: plan.schedule.startsAt,
  endsAt: plan.schedule.endsAt,
  budget: plan.budget,
});

/**
 * Reads the campaign fact out of one decoded event: the campaigns service's plans, lifecycle,
 * participation, coupons and conversions, and the members service's joins a campaign brought.
 * The projection and the from-scratch batch both use it, so they agree on what an event means.
 */
export function campaignFactOf(event: EventEnvelope): ScopedCampaignFact | undefined {
  if (CampaignCreatedV1.is(event) || CampaignRevisedV1.is(event)) {
    const { campaignId, plan, kind } = event.data as Planned;
    return { campaignId, fact: planFact(plan, kind) };
  }
  if (CampaignScheduledV1.is(event)) return { campaignId: event.data.campaignId, fact: { kind: 'lifecycle', change: 'scheduled' } };
  if (CampaignStartedV1.is(event)) return { campaignId: event.data.campaignId, fact: { kind: 'lifecycle', change: 'started' } };
  if (CampaignEndedV1.is(event)) return { campaignId: event.data.campaignId, fact: { kind: 'lifecycle', change: 'ended' } };
  if (CampaignJoinedV1.is(event)) {
    const { campaignId, memberId, communityId, channel, referralCode } = event.data as Joined;
    return { campaignId, fact: { kind: 'participation', action: 'joined', memberId, communityId, channel, referred: referralCode !== null } };
  }
  const action = participationAction(event);
  if (action) return { campaignId: action.campaignId, fact: { kind: 'participation', action: action.action, memberId: action.memberId } };
  if (MemberJoinedV2.is(event) && event.data.acquisition.campaignId) {
    const { memberId, communityId, acquisition } = event.data;
    return { campaignId: acquisition.campaignId!, fact: { kind: 'acquisition', memberId, communityId } };
  }
  return conversionFactOf(event);
}

function participationAction(event: EventEnvelope): { campaignId: string; memberId: string; action: ParticipationFact['action'] } | undefined {
  if (CampaignCheckedInV1.is(event)) return { ...event.data, action: 'checked_in' };
  if (CampaignVoteCastV1.is(event)) return { ...event.data, action: 'voted' };
  if (CampaignRegistrationRequestedV1.is(event)) return { ...event.data, action: 'registered' };
  if (CouponClaimedV1.is(event)) return { ...event.data, action: 'coupon_claimed' };
  return undefined;
}

function conversionFactOf(event: EventEnvelope): ScopedCampaignFact | undefined {
  if (ConversionRecordedV1.is(event)) {
    const { conversionId, kind, memberId, amountMinor, currency, occurredAt } = event.data;
    return { campaignId: null, fact: { kind: 'conversion', conversionId, conversionKind: kind, memberId, amountMinor, currency, occurredAt } };
  }
  if (ConversionAttributedV1.is(event)) {
    const { conversionId, model, modelVersion, credits } = event.data;
    return { campaignId: null, fact: { kind: 'attribution', conversionId, model, modelVersion, credits: credits.map(({ campaignId, amountMinor }) => ({ campaignId, amountMinor })) } };
  }
  if (ConversionRefundedV1.is(event)) return { campaignId: null, fact: { kind: 'refund', conversionId: event.data.conversionId, amountMinor: event.data.amountMinor } };
  return undefined;
}
