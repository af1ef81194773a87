import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from '../members/actor';
import { moderationTargetSchema } from './moderation-target';

export const casePrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']).describe('How soon the queue should reach it');

export const automaticVerdictSchema = z
  .object({
    verdict: z.enum(['censored', 'needs_review', 'blocked']).describe('What screening decided on its own'),
    riskScore: z.number().min(0).max(1).describe('The classifier’s risk score'),
    screeningId: z.string().min(1).max(200).describe('The screening that produced it'),
  })
  .describe('The automatic verdict a reviewer confirms or overturns');

export const CaseOpenedV1 = defineEvent({
  service: 'moderation',
  name: 'CaseOpened',
  version: 1,
  description: 'A review case entered the moderation queue, from a screening verdict or a report.',
  schema: z.object({
    caseId: z.uuid().describe('The review case'),
    target: moderationTargetSchema,
    source: z.enum(['screening', 'report']).describe('What put it in the queue'),
    priority: casePrioritySchema,
    level: z.int().min(1).describe('Review level, 1 first; escalation moves it up'),
    automaticVerdict: automaticVerdictSchema.optional(),
    reportId: z.uuid().optional().describe('The report that opened it'),
    openedBy: actorSchema,
  }),
});
