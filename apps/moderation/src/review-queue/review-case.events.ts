import type { Actor, CaseDecidedV1, CaseEscalatedV1, CaseOpenedV1, DataOf } from '@groundswell/events';
import { z } from 'zod';
import { casePrioritySchema } from '@groundswell/events';

export type CasePriority = z.infer<typeof casePrioritySchema>;

export const reviewCaseEventTypes = {
  opened: 'groundswell.moderation.CaseOpened.v1',
  reportAttached: 'groundswell.moderation.CaseReportAttached.v1',
  claimed: 'groundswell.moderation.CaseClaimed.v1',
  released: 'groundswell.moderation.CaseReleased.v1',
  decided: 'groundswell.moderation.CaseDecided.v1',
  escalated: 'groundswell.moderation.CaseEscalated.v1',
} as const satisfies Record<string, string>;

export type CaseOpened = { type: typeof CaseOpenedV1.type; data: DataOf<typeof CaseOpenedV1> };
export type CaseDecided = { type: typeof CaseDecidedV1.type; data: DataOf<typeof CaseDecidedV1> };
export type CaseEscalated = { type: typeof CaseEscalatedV1.type; data: DataOf<typeof CaseEscalatedV1> };

// Queue housekeeping stays inside the service: nothing outside reacts to who holds a case.
export interface CaseReportAttached {
  type: typeof reviewCaseEventTypes.reportAttached;
  data: { caseId: string; reportId: string; reportedBy: Actor; priority: CasePriority };
}
export interface CaseClaimed {
  type: typeof reviewCaseEventTypes.claimed;
  data: { caseId: string; moderator: string };
}
export interface CaseReleased {
  type: typeof reviewCaseEventTypes.released;
  data: { caseId: string; moderator: string };
}

export type ReviewCaseEvent = CaseOpened | CaseReportAttached | CaseClaimed | CaseReleased | CaseDecided | CaseEscalated;

export const reviewCaseStreamType = 'review-case';

export const reviewCaseStream = (tenantId: string, caseId: string) => ({ tenantId, streamId: `review-case-${caseId}`, streamType: reviewCaseStreamType });
