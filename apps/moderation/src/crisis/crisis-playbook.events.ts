import type { CrisisType } from '@groundswell/events';

export type PlaybookPhase = 'identify' | 'assess' | 'respond' | 'recover';
export type RosterRole = 'lead' | 'spokesperson' | 'responder';

/** One step of a contingency plan (MOD-37, MOD-40): what to do, in which phase, and by when after the alert. */
export interface PlaybookStep {
  phase: PlaybookPhase;
  title: string;
  withinMinutes?: number;
}

/** Someone on the crisis team for this kind of crisis (MOD-38). */
export interface RosterMember {
  operatorId: string;
  role: RosterRole;
}

export const crisisPlaybookEventTypes = { defined: 'groundswell.moderation.CrisisPlaybookDefined.v1' } as const;

/** Each definition replaces the previous one whole, as a new version. */
export interface CrisisPlaybookDefined {
  type: typeof crisisPlaybookEventTypes.defined;
  data: { crisisType: CrisisType; version: number; title: string; steps: PlaybookStep[]; roster: RosterMember[]; definedBy: string };
}

export type CrisisPlaybookEvent = CrisisPlaybookDefined;

/** One playbook per crisis type and tenant. */
export const crisisPlaybookStreamType = 'crisis-playbook';
export const crisisPlaybookStream = (crisisType: CrisisType) => ({ streamId: `${crisisPlaybookStreamType}-${crisisType}`, streamType: crisisPlaybookStreamType });
