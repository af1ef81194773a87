import type { CrisisThresholds } from './monitoring/crisis-thresholds';
import type { EscalationContact } from './crisis-escalation';

// Kept in the moderation service's own store; alerts carry the thresholds version that applied.
export const crisisSettingsEventTypes = {
  thresholdsSet: 'groundswell.moderation.CrisisThresholdsSet.v1',
  escalationListSet: 'groundswell.moderation.CrisisEscalationListSet.v1',
} as const;

export interface CrisisThresholdsSet {
  type: typeof crisisSettingsEventTypes.thresholdsSet;
  data: { version: number; thresholds: CrisisThresholds; setBy: string };
}

export interface CrisisEscalationListSet {
  type: typeof crisisSettingsEventTypes.escalationListSet;
  data: { contacts: EscalationContact[]; setBy: string };
}

export type CrisisSettingsEvent = CrisisThresholdsSet | CrisisEscalationListSet;

/** One settings stream per tenant. */
export const crisisSettingsStreamType = 'crisis-settings';
export const crisisSettingsStream = () => ({ streamId: crisisSettingsStreamType, streamType: crisisSettingsStreamType });
