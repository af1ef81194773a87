import type { Decider } from '@groundswell/event-store';
import { RiskError } from './risk.error';
import { riskEventTypes, type RiskAssessment, type RiskEvent } from './risk.events';
import { isRating, riskBand, riskScore, type RiskType } from './risk-score';

interface Rating {
  likelihood: number;
  impact: number;
  potentialLossYuan?: number;
}

export interface RegisterRisk extends Rating {
  type: 'RegisterRisk';
  riskId: string;
  riskType: RiskType;
  title: string;
  description?: string;
  owner: string;
  /** `YYYY-MM-DD`, Beijing calendar. */
  reviewDue: string;
  /** Today in Beijing, `YYYY-MM-DD`: a review is never due in the past. */
  today: string;
  by: string;
}

export interface ReassessRisk extends Rating {
  type: 'ReassessRisk';
  note: string;
  reviewDue: string;
  today: string;
  by: string;
}

export interface ChangeRiskOwner {
  type: 'ChangeRiskOwner';
  owner: string;
  by: string;
}

export interface CloseRisk {
  type: 'CloseRisk';
  reason: string;
  by: string;
}

export type RiskCommand = RegisterRisk | ReassessRisk | ChangeRiskOwner | CloseRisk;

export type RiskState = { status: 'none' } | { status: 'open' | 'closed'; riskId: string; owner: string };

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function text(value: string | undefined, max: number, code: 'TITLE_INVALID' | 'DESCRIPTION_INVALID' | 'NOTE_INVALID' | 'OWNER_INVALID', field: string): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0 || trimmed.length > max) throw new RiskError(code, `${field} must be 1–${max} characters`);
  return trimmed;
}

function assess({ likelihood, impact, potentialLossYuan }: Rating): RiskAssessment {
  if (!isRating(likelihood) || !isRating(impact)) throw new RiskError('RATING_INVALID', 'Likelihood and impact are whole numbers from 1 to 5', { likelihood, impact });
  if (potentialLossYuan !== undefined && (!Number.isFinite(potentialLossYuan) || potentialLossYuan < 0)) {
    throw new RiskError('POTENTIAL_LOSS_INVALID', 'A potential loss is a non-negative amount in yuan', { potentialLossYuan });
  }
  const score = riskScore(likelihood, impact);
  return { likelihood, impact, score, band: riskBand(score), ...(potentialLossYuan !== undefined ? { potentialLossYuan } : {}) };
}

function reviewDate(reviewDue: string, today: string): string {
  // Lexical order is date order for YYYY-MM-DD; the round trip catches 2026-02-30.
  const valid = isoDate.test(reviewDue) && new Date(`${reviewDue}T00:00:00Z`).toISOString().startsWith(reviewDue);
  if (!valid || reviewDue < today) throw new RiskError('REVIEW_DATE_INVALID', 'The review date is a calendar date (YYYY-MM-DD), today or later', { reviewDue });
  return reviewDue;
}

function openRisk(state: RiskState): Exclude<RiskState, { status: 'none' }> {
  if (state.status === 'none') throw new RiskError('RISK_NOT_FOUND', 'No such risk');
  if (state.status === 'closed') throw new RiskError('RISK_CLOSED', 'This risk is closed', { riskId: state.riskId });
  return state;
}

function register(command: RegisterRisk, state: RiskState): RiskEvent[] {
  if (state.status !== 'none') throw new RiskError('RISK_EXISTS', 'This risk is registered already', { riskId: command.riskId });
  const description = command.description === undefined ? undefined : text(command.description, 2000, 'DESCRIPTION_INVALID', 'The description');
  return [
    {
      type: riskEventTypes.registered,
      data: {
        riskId: command.riskId,
        riskType: command.riskType,
        title: text(command.title, 200, 'TITLE_INVALID', 'The title'),
        ...(description ? { description } : {}),
        assessment: assess(command),
        owner: text(command.owner, 200, 'OWNER_INVALID', 'The owner'),
        reviewDue: reviewDate(command.reviewDue, command.today),
        registeredBy: command.by,
      },
    },
  ];
}

function reassess(command: ReassessRisk, state: RiskState): RiskEvent[] {
  const { riskId } = openRisk(state);
  const note = text(command.note, 2000, 'NOTE_INVALID', 'The note');
  return [{ type: riskEventTypes.reassessed, data: { riskId, assessment: assess(command), note, reviewDue: reviewDate(command.reviewDue, command.today), reassessedBy: command.by } }];
}

function changeOwner(command: ChangeRiskOwner, state: RiskState): RiskEvent[] {
  const risk = openRisk(state);
  const owner = text(command.owner, 200, 'OWNER_INVALID', 'The owner');
  if (owner === risk.owner) return [];
  return [{ type: riskEventTypes.ownerChanged, data: { riskId: risk.riskId, owner, changedBy: command.by } }];
}

function close(command: CloseRisk, state: RiskState): RiskEvent[] {
  const { riskId } = openRisk(state);
  return [{ type: riskEventTypes.closed, data: { riskId, reason: text(command.reason, 2000, 'NOTE_INVALID', 'The reason'), closedBy: command.by } }];
}

/** A risk in the tenant's register (MOD-47…49): rated likelihood × impact, owned, reviewed by a date. */
export const riskDecider: Decider<RiskCommand, RiskEvent, RiskState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'RegisterRisk':
        return register(command, state);
      case 'ReassessRisk':
        return reassess(command, state);
      case 'ChangeRiskOwner':
        return changeOwner(command, state);
      case 'CloseRisk':
        return close(command, state);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case riskEventTypes.registered:
        return { status: 'open', riskId: event.data.riskId, owner: event.data.owner };
      case riskEventTypes.ownerChanged:
        return state.status === 'none' ? state : { ...state, owner: event.data.owner };
      case riskEventTypes.closed:
        return state.status === 'none' ? state : { ...state, status: 'closed' };
      default:
        return state;
    }
  },
};
