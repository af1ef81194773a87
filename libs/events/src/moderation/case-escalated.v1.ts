import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from '../members/actor';

export const CaseEscalatedV1 = defineEvent({
  service: 'moderation',
  name: 'CaseEscalated',
  version: 1,
  description: 'A reviewer passed a review case to the next review level; it is back in the queue, unclaimed.',
  schema: z.object({
    caseId: z.uuid().describe('The review case'),
    fromLevel: z.int().min(1).describe('The level it was at'),
    toLevel: z.int().min(2).describe('The level it is at now'),
    reason: z.string().min(1).max(1000).describe('Why it needs a higher level'),
    escalatedBy: actorSchema,
  }),
});
