import type { RiskBand, RiskType } from './risk-score';

// Kept in the moderation service's own store; nothing outside reacts to the register yet.
export const riskEventTypes = {
  registered: 'groundswell.moderation.RiskRegistered.v1',
  reassessed: 'groundswell.moderation.RiskReassessed.v1',
  ownerChanged: 'groundswell.moderation.RiskOwnerChanged.v1',
  closed: 'groundswell.moderation.RiskClosed.v1',
} as const;

export interface RiskAssessment {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskBand;
  /** Estimated loss in yuan, when someone put a figure on it. */
  potentialLossYuan?: number;
}

export interface RiskRegistered {
  type: typeof riskEventTypes.registered;
  data: { riskId: string; riskType: RiskType; title: string; description?: string; assessment: RiskAssessment; owner: string; reviewDue: string; registeredBy: string };
}

/** A periodic re-assessment (MOD-49): the new rating, why, and when to look again. */
export interface RiskReassessed {
  type: typeof riskEventTypes.reassessed;
  data: { riskId: string; assessment: RiskAssessment; note: string; reviewDue: string; reassessedBy: string };
}

export interface RiskOwnerChanged {
  type: typeof riskEventTypes.ownerChanged;
  data: { riskId: string; owner: string; changedBy: string };
}

export interface RiskClosed {
  type: typeof riskEventTypes.closed;
  data: { riskId: string; reason: string; closedBy: string };
}

export type RiskEvent = RiskRegistered | RiskReassessed | RiskOwnerChanged | RiskClosed;

export const riskStreamType = 'risk';
export const riskStream = (riskId: string) => ({ streamId: `${riskStreamType}-${riskId}`, streamType: riskStreamType });
