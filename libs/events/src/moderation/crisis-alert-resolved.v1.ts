import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';
import { crisisAlertIdSchema, crisisCommunityIdSchema } from './crisis-alert';

export const CrisisAlertResolvedV1 = defineEvent({
  service: 'moderation',
  name: 'CrisisAlertResolved',
  version: 1,
  description: 'A crisis alert was closed: handled, or judged a false alarm by a person (MOD-36).',
  schema: z.object({
    alertId: crisisAlertIdSchema,
    communityId: crisisCommunityIdSchema,
    outcome: z.enum(['handled', 'false_alarm']).describe('How it ended'),
    summary: z.string().min(1).max(2000).describe('What was done, or why it was no crisis'),
    resolvedAt: instantSchema,
    resolvedBy: z.string().min(1).max(200).describe('Operator who closed it'),
  }),
});
