import type { CrisisIndicator } from '@groundswell/events';

// Kept in the moderation service's own store: the alert it trips is what leaves the service.
export const crisisMonitorEventTypes = {
  tripped: 'groundswell.moderation.CrisisMonitorTripped.v1',
  rearmed: 'groundswell.moderation.CrisisMonitorRearmed.v1',
} as const;

/** An indicator crossed its threshold while armed: it raises the alert named, and stays quiet until re-armed. */
export interface CrisisMonitorTripped {
  type: typeof crisisMonitorEventTypes.tripped;
  data: { communityId: string; key: string; indicator: CrisisIndicator; topic?: string; value: number; threshold: number; alertId: string; thresholdsVersion: number; trippedAt: string };
}

/** The indicator fell below its re-arm level: the next crossing raises a new alert. */
export interface CrisisMonitorRearmed {
  type: typeof crisisMonitorEventTypes.rearmed;
  data: { communityId: string; key: string; value: number; threshold: number; rearmedAt: string };
}

export type CrisisMonitorEvent = CrisisMonitorTripped | CrisisMonitorRearmed;

export const crisisMonitorStreamType = 'crisis-monitor';
export const crisisMonitorStream = (communityId: string) => ({ streamId: `${crisisMonitorStreamType}-${communityId}`, streamType: crisisMonitorStreamType });
