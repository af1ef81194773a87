import type { Decider } from '@groundswell/event-store';
import { MemberChurnRiskAssessedV1, MemberChurnRiskReviewedV1, type Actor, type ChurnRiskBand, type EncryptedField } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { operatorsAndAutomation, operatorsOnly, requireActor } from '../shared/actor-policy';
import { domainEvent, type DomainEventOf } from '../shared/domain-event';
import { toInstant } from '../shared/instant';
import { optionalText } from '../shared/text';
import { churnRiskModel, scoreChurnRisk, type ChurnFacts } from './churn-risk-score';

/** One stream per member and community; on the member topic, since every event names the member. */
export const churnRiskStream = (memberId: string, communityId: string) => ({ streamId: `churn-risk-${memberId}-${communityId}`, streamType: 'member' }) as const;

export type ChurnRiskCommand =
  | { type: 'AssessChurnRisk'; memberId: string; communityId: string; facts: ChurnFacts; at: Date; by: Actor }
  | { type: 'ReviewChurnRisk'; memberId: string; communityId: string; confirmed: boolean; note?: EncryptedField; at: Date; by: Actor };

/** A reviewer's note is free text about a member, so it is checked here and then sealed with the member's key. */
export function churnReviewNote(text: string | undefined): string | undefined {
  return optionalText(text, 500, 'INVALID_NOTE', 'note');
}

export type ChurnRiskEvent = DomainEventOf<typeof MemberChurnRiskAssessedV1 | typeof MemberChurnRiskReviewedV1>;

export interface ChurnRiskState {
  assessment?: { score: number; band: ChurnRiskBand; assessedAt: string };
  /** The review of the current assessment; a new band clears it. */
  review?: { confirmed: boolean; noted: boolean };
}

/**
 * Churn risk of a member in a community: scored by the model, recorded when the band changes (so
 * the events say when a member crossed into or out of a band), and confirmed or dismissed by a person.
 */
export const churnRiskDecider: Decider<ChurnRiskCommand, ChurnRiskEvent, ChurnRiskState> = {
  initialState: () => ({}),
  evolve(state, event) {
    switch (event.type) {
      case MemberChurnRiskAssessedV1.type: {
        const { score, band, assessedAt } = event.data;
        return { assessment: { score, band, assessedAt } };
      }
      case MemberChurnRiskReviewedV1.type: {
        const { confirmed, note } = event.data;
        return { ...state, review: { confirmed, noted: note !== undefined } };
      }
    }
  },
  decide(command, state) {
    const { memberId, communityId, by } = command;
    switch (command.type) {
      case 'AssessChurnRisk': {
        requireActor(by, operatorsAndAutomation, 'assess churn risk');
        const assessedAt = toInstant(command.at);
        const { score, band, factors } = scoreChurnRisk(command.facts);
        const previousBand = state.assessment?.band;
        if (band === previousBand) return [];
        return [domainEvent(MemberChurnRiskAssessedV1, { memberId, communityId, score, band, previousBand, factors, modelVersion: churnRiskModel.version, assessedAt })];
      }
      case 'ReviewChurnRisk': {
        requireActor(by, operatorsOnly, 'confirm or dismiss a churn risk');
        const reviewedAt = toInstant(command.at);
        if (!state.assessment) throw new MemberDomainError('CHURN_RISK_NOT_ASSESSED', 'No churn risk has been assessed for this member here', { memberId, communityId });
        const { note } = command;
        // Sealed notes can't be compared, so only a repeat without a note is a no-op; retries carry idempotency keys.
        if (state.review && state.review.confirmed === command.confirmed && !state.review.noted && note === undefined) return [];
        const { score, band } = state.assessment;
        return [domainEvent(MemberChurnRiskReviewedV1, { memberId, communityId, confirmed: command.confirmed, note, score, band, reviewedBy: by, reviewedAt })];
      }
    }
  },
};
