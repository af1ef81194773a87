import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from '../members/actor';
import { moderationTargetSchema } from './moderation-target';

export const CaseDecidedV1 = defineEvent({
  service: 'moderation',
  name: 'CaseDecided',
  version: 1,
  description: 'A reviewer closed a review case: the item is acceptable (approved) or violates the rules (rejected).',
  schema: z.object({
    caseId: z.uuid().describe('The review case'),
    target: moderationTargetSchema,
    decision: z.enum(['approved', 'rejected']).describe('The reviewer’s decision'),
    reason: z.string().max(1000).optional().describe('Why; always given for a rejection'),
    level: z.int().min(1).describe('The review level it was decided at'),
    reviewer: actorSchema,
    overturnsAutomaticVerdict: z.boolean().describe('True when the reviewer reversed what screening decided on its own'),
  }),
});
