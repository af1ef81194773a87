import { randomUUID } from 'node:crypto';
import { CommunityStatusChangedV1, MemberChurnRiskAssessedV1, MemberChurnRiskConfirmedV1, MemberChurnRiskDismissedV1, MemberChurnRiskFlaggedV1, MemberChurnRiskReviewedV1, MemberErasedV1, MemberLifecycleStageChangedV1, MemberMergedIntoV1, MemberUnmergedV1, PointsAdjustedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1, type EventEnvelope, type MemberLifecycleStage } from '@groundswell/events';
import { metadata, type When } from './event-metadata';

// Test data only: member-service envelopes beyond joins, departures and activity.
const operator = { kind: 'operator' as const, id: 'operator-1' };
const system = { kind: 'system' as const, id: 'churn-model' };

export function aMemberMergedInto(facts: When & { memberId: string; survivorMemberId: string; mergeId?: string; communityIds?: string[] }): EventEnvelope {
  return MemberMergedIntoV1.create(
    {
      memberId: facts.memberId,
      survivorMemberId: facts.survivorMemberId,
      mergeId: facts.mergeId ?? randomUUID(),
      movedIdentityIds: [],
      movedCommunityIds: facts.communityIds ?? [],
      reason: 'same phone number',
      mergedBy: operator,
    },
    metadata(facts, facts.memberId),
  );
}

export function aMemberUnmerged(facts: When & { survivorMemberId: string; absorbedMemberId: string; mergeId: string }): EventEnvelope {
  return MemberUnmergedV1.create(
    {
      memberId: facts.survivorMemberId,
      absorbedMemberId: facts.absorbedMemberId,
      mergeId: facts.mergeId,
      identities: [],
      memberships: [],
      reason: 'different people after all',
      unmergedBy: operator,
    },
    metadata(facts, facts.survivorMemberId),
  );
}

export function aMemberErased(facts: When & { memberId: string }): EventEnvelope {
  return MemberErasedV1.create(
    { memberId: facts.memberId, erasedKeyIds: [`key-${facts.memberId}`], basis: 'member_request', requestedBy: operator },
    metadata(facts, facts.memberId),
  );
}

type RiskStatus = 'flagged' | 'confirmed' | 'dismissed' | 'cleared';

/**
 * A churn-risk event as the members service emits it (MemberChurnRiskAssessed / Reviewed): `flagged`
 * is a high-band assessment, `cleared` a low one. `legacy` gives the older Flagged / Confirmed /
 * Dismissed contracts, which mean the same and stay supported.
 */
export function aChurnRisk(
  facts: When & { communityId: string; memberId: string; status?: RiskStatus; score?: number; legacy?: boolean },
): EventEnvelope {
  const { communityId, memberId } = facts;
  const at = new Date(facts.at).toISOString();
  const status = facts.status ?? 'flagged';
  const score = facts.score ?? (status === 'cleared' ? 0.1 : 0.8);
  if (facts.legacy && status !== 'cleared') return legacyChurnRisk(facts, status, at, score);
  if (status === 'confirmed' || status === 'dismissed') {
    return MemberChurnRiskReviewedV1.create(
      { memberId, communityId, confirmed: status === 'confirmed', score, band: 'high', reviewedBy: operator, reviewedAt: at },
      metadata(facts, memberId),
    );
  }
  const band = status === 'flagged' ? 'high' : 'low';
  return MemberChurnRiskAssessedV1.create(
    { memberId, communityId, score, band, factors: { recency: score, frequency: score, purchases: score }, modelVersion: 'churn-v1', assessedAt: at },
    metadata(facts, memberId),
  );
}

function legacyChurnRisk(facts: When & { communityId: string; memberId: string }, status: Exclude<RiskStatus, 'cleared'>, at: string, score: number): EventEnvelope {
  const { communityId, memberId } = facts;
  if (status === 'confirmed') return MemberChurnRiskConfirmedV1.create({ memberId, communityId, confirmedBy: operator, confirmedAt: at }, metadata(facts, memberId));
  if (status === 'dismissed') {
    return MemberChurnRiskDismissedV1.create({ memberId, communityId, reason: 'false_positive', dismissedBy: operator, dismissedAt: at }, metadata(facts, memberId));
  }
  return MemberChurnRiskFlaggedV1.create({ memberId, communityId, score, modelVersion: 'churn-v1', flaggedAt: at }, metadata(facts, memberId));
}

export function aLifecycleStageChanged(
  facts: When & { communityId: string; memberId: string; from?: MemberLifecycleStage; to: MemberLifecycleStage; cause: 'promotion' | 'demotion' | 'override' },
): EventEnvelope {
  const { communityId, memberId, to, cause } = facts;
  return MemberLifecycleStageChangedV1.create(
    {
      memberId,
      communityId,
      from: facts.from ?? 'new',
      to,
      cause,
      ...(cause === 'override' ? { reason: 'operator decision' } : { ruleSetVersion: 1 }),
      changedBy: cause === 'override' ? operator : system,
      changedAt: new Date(facts.at).toISOString(),
    },
    metadata(facts, memberId),
  );
}

type PointsKind = 'earned' | 'adjusted' | 'redeemed' | 'expired';

/** `amount` is signed only for adjustments. */
export function aPointsEvent(facts: When & { memberId?: string; kind: PointsKind; amount: number }): EventEnvelope {
  const memberId = facts.memberId ?? randomUUID();
  const at = new Date(facts.at).toISOString();
  const lots = [{ lotRef: 'earned:order-1', amount: Math.abs(facts.amount) }];
  if (facts.kind === 'earned') {
    return PointsEarnedV1.create({ memberId, sourceRef: `order:${randomUUID()}`, sourceKind: 'purchase', amount: facts.amount, earnedAt: at }, metadata(facts, memberId));
  }
  if (facts.kind === 'adjusted') {
    return PointsAdjustedV1.create(
      { memberId, adjustmentId: randomUUID(), delta: facts.amount, reason: 'goodwill', ...(facts.amount < 0 ? { drawnFrom: lots } : {}), adjustedBy: operator, adjustedAt: at },
      metadata(facts, memberId),
    );
  }
  if (facts.kind === 'redeemed') {
    return PointsRedeemedV1.create({ memberId, redemptionId: randomUUID(), amount: facts.amount, drawnFrom: lots, redeemedAt: at }, metadata(facts, memberId));
  }
  return PointsExpiredV1.create({ memberId, amount: facts.amount, lots, expiredAt: at }, metadata(facts, memberId));
}

export function aCommunityStatusChanged(facts: When & { communityId: string; to: 'active' | 'dormant' | 'archived'; from?: 'active' | 'dormant' | 'archived' }): EventEnvelope {
  return CommunityStatusChangedV1.create(
    { communityId: facts.communityId, from: facts.from ?? 'active', to: facts.to, changedBy: operator, changedAt: new Date(facts.at).toISOString() },
    metadata(facts, facts.communityId),
  );
}
