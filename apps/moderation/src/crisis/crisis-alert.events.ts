import type { DataOf } from '@groundswell/events';
import { CrisisAlertEscalatedV1, CrisisAlertRaisedV1, CrisisAlertResolvedV1, CrisisFirstResponseRecordedV1, CrisisSlaBreachedV1, type CrisisSeverity, type CrisisType } from '@groundswell/events';

// Raised, escalated, SLA breached, first response and resolved leave the service (libs/events/src/moderation);
// acknowledgement and post-mortem notes stay in it.
export const crisisAlertEventTypes = {
  raised: CrisisAlertRaisedV1.type,
  escalated: CrisisAlertEscalatedV1.type,
  acknowledged: 'groundswell.moderation.CrisisAlertAcknowledged.v1',
  slaBreached: CrisisSlaBreachedV1.type,
  firstResponseRecorded: CrisisFirstResponseRecordedV1.type,
  resolved: CrisisAlertResolvedV1.type,
  postMortemNoteAdded: 'groundswell.moderation.CrisisPostMortemNoteAdded.v1',
} as const;

type Published<TType extends string, TDefinition> = { type: TType; data: DataOf<TDefinition> };

export type CrisisAlertRaised = Published<typeof crisisAlertEventTypes.raised, typeof CrisisAlertRaisedV1>;
export type CrisisAlertEscalated = Published<typeof crisisAlertEventTypes.escalated, typeof CrisisAlertEscalatedV1>;
export type CrisisSlaBreached = Published<typeof crisisAlertEventTypes.slaBreached, typeof CrisisSlaBreachedV1>;
export type CrisisFirstResponseRecorded = Published<typeof crisisAlertEventTypes.firstResponseRecorded, typeof CrisisFirstResponseRecordedV1>;
export type CrisisAlertResolved = Published<typeof crisisAlertEventTypes.resolved, typeof CrisisAlertResolvedV1>;

/** The crisis team took the alert on, and may have reassessed its severity and type (MOD-30, MOD-36). */
export interface CrisisAlertAcknowledged {
  type: typeof crisisAlertEventTypes.acknowledged;
  data: { alertId: string; acknowledgedBy: string; acknowledgedAt: string; severity: CrisisSeverity; crisisType: CrisisType };
}

/** The post-incident summary and its lessons (MOD-44). */
export interface CrisisPostMortemNoteAdded {
  type: typeof crisisAlertEventTypes.postMortemNoteAdded;
  data: { alertId: string; noteId: string; note: string; lessons: string[]; writtenBy: string; writtenAt: string };
}

export type CrisisAlertEvent =
  | CrisisAlertRaised
  | CrisisAlertEscalated
  | CrisisAlertAcknowledged
  | CrisisSlaBreached
  | CrisisFirstResponseRecorded
  | CrisisAlertResolved
  | CrisisPostMortemNoteAdded;

export const crisisAlertStreamType = 'crisis-alert';
export const crisisAlertStream = (alertId: string) => ({ streamId: `${crisisAlertStreamType}-${alertId}`, streamType: crisisAlertStreamType });
