import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';
import { crisisAlertIdSchema, crisisCommunityIdSchema } from './crisis-alert';

export const CrisisSlaBreachedV1 = defineEvent({
  service: 'moderation',
  name: 'CrisisSlaBreached',
  version: 1,
  description: 'No official response was recorded within the response SLA of a crisis alert (MOD-34: 30 minutes).',
  schema: z.object({
    alertId: crisisAlertIdSchema,
    communityId: crisisCommunityIdSchema,
    raisedAt: instantSchema,
    responseDueAt: instantSchema,
    slaMinutes: z.int().positive().describe('The SLA that applied'),
    detectedAt: instantSchema.describe('When the breach was noticed (at or after responseDueAt)'),
  }),
});
