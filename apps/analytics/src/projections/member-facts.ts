import { CommunityCreatedV1, CommunityStatusChangedV1, MemberAbsorbedV1, MemberActivityRecordedV1, MemberChurnRiskAssessedV1, MemberChurnRiskConfirmedV1, MemberChurnRiskDismissedV1, MemberChurnRiskFlaggedV1, MemberChurnRiskReviewedV1, MemberJoinedV2, MemberLeftV1, MemberLifecycleStageChangedV1, MemberMergedIntoV1, MemberMergeRevertedV1, MemberUnmergedV1, PointsAdjustedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1, type EventEnvelope } from '@groundswell/events';
import { dayOf, type Day } from '../kpis/calendar';
import { isQualifyingActivity } from './qualifying-activity';

/** `cleared`: the model's latest band is below high, so the membership is no longer at risk. */
export type ChurnRiskStatus = 'flagged' | 'confirmed' | 'dismissed' | 'cleared';

/** The members service's churn-v1 model bands its score; only the high band counts as a flag. */
const flaggedBand = 'high';

/** What one event tells the member-fact projections; an event may tell several (a qualifying activity is a visit and an interaction). */
export type MemberFact =
  | { kind: 'membership'; communityId: string; memberId: string; day: Day; delta: 1 | -1 }
  | { kind: 'merge'; mergeId: string; duplicateMemberId: string; survivorMemberId: string; undo: boolean }
  | { kind: 'visit'; communityId: string; memberId: string; day: Day }
  | { kind: 'interaction'; communityId: string; day: Day; hour: number }
  | { kind: 'churnRisk'; communityId: string; memberId: string; status: ChurnRiskStatus }
  | { kind: 'lifecycle'; communityId: string; memberId: string; toStage: string; cause: string }
  | { kind: 'points'; day: Day; issued: number; redeemed: number; expired: number }
  | { kind: 'communityStatus'; communityId: string; status: CommunityLifeStatus };

/** `created`, then the statuses a community moves through (active, dormant, archived). */
export type CommunityLifeStatus = 'created' | 'active' | 'dormant' | 'archived';

/**
 * Reads the member facts out of one decoded event. Both the incremental projections and the
 * batch computation use it, so they agree on what an event means; they differ in how they keep it.
 * MemberErased yields nothing: counts keep the erased member (aggregates survive erasure, DESIGN §8).
 */
export function memberFactsOf(event: EventEnvelope): MemberFact[] {
  const day = dayOf(event.time);
  if (CommunityCreatedV1.is(event)) return [{ kind: 'communityStatus', communityId: event.data.communityId, status: 'created' }];
  if (CommunityStatusChangedV1.is(event)) return [{ kind: 'communityStatus', communityId: event.data.communityId, status: event.data.to }];
  if (MemberJoinedV2.is(event)) return [{ kind: 'membership', communityId: event.data.communityId, memberId: event.data.memberId, day, delta: 1 }];
  if (MemberLeftV1.is(event)) return [{ kind: 'membership', communityId: event.data.communityId, memberId: event.data.memberId, day, delta: -1 }];
  if (MemberMergedIntoV1.is(event)) return [merge(event.data.mergeId, event.data.memberId, event.data.survivorMemberId, false)];
  if (MemberAbsorbedV1.is(event)) return [merge(event.data.mergeId, event.data.absorbedMemberId, event.data.memberId, false)];
  if (MemberMergeRevertedV1.is(event)) return [merge(event.data.mergeId, event.data.memberId, event.data.survivorMemberId, true)];
  if (MemberUnmergedV1.is(event)) return [merge(event.data.mergeId, event.data.absorbedMemberId, event.data.memberId, true)];
  if (MemberActivityRecordedV1.is(event)) {
    const { communityId, memberId, kind } = event.data;
    const visit: MemberFact = { kind: 'visit', communityId, memberId, day };
    if (!isQualifyingActivity(kind)) return [visit];
    return [visit, { kind: 'interaction', communityId, day, hour: new Date(event.time).getUTCHours() }];
  }
  if (MemberChurnRiskAssessedV1.is(event)) return [churnRisk(event.data, event.data.band === flaggedBand ? 'flagged' : 'cleared')];
  if (MemberChurnRiskReviewedV1.is(event)) return [churnRisk(event.data, event.data.confirmed ? 'confirmed' : 'dismissed')];
  if (MemberChurnRiskFlaggedV1.is(event)) return [churnRisk(event.data, 'flagged')];
  if (MemberChurnRiskConfirmedV1.is(event)) return [churnRisk(event.data, 'confirmed')];
  if (MemberChurnRiskDismissedV1.is(event)) return [churnRisk(event.data, 'dismissed')];
  if (MemberLifecycleStageChangedV1.is(event)) {
    const { communityId, memberId, to, cause } = event.data;
    return [{ kind: 'lifecycle', communityId, memberId, toStage: to, cause }];
  }
  if (PointsEarnedV1.is(event)) return [points(day, event.data.amount, 0, 0)];
  if (PointsAdjustedV1.is(event)) return event.data.delta > 0 ? [points(day, event.data.delta, 0, 0)] : [];
  if (PointsRedeemedV1.is(event)) return [points(day, 0, event.data.amount, 0)];
  if (PointsExpiredV1.is(event)) return [points(day, 0, 0, event.data.amount)];
  return [];
}

function merge(mergeId: string, duplicateMemberId: string, survivorMemberId: string, undo: boolean): MemberFact {
  return { kind: 'merge', mergeId, duplicateMemberId, survivorMemberId, undo };
}

function churnRisk(data: { communityId: string; memberId: string }, status: ChurnRiskStatus): MemberFact {
  return { kind: 'churnRisk', communityId: data.communityId, memberId: data.memberId, status };
}

function points(day: Day, issued: number, redeemed: number, expired: number): MemberFact {
  return { kind: 'points', day, issued, redeemed, expired };
}
