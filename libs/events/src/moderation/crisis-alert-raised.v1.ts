import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';
import { crisisAlertIdSchema, crisisCommunityIdSchema, crisisIndicatorSchema, crisisSeveritySchema, crisisTypeSchema } from './crisis-alert';

export const CrisisAlertRaisedV1 = defineEvent({
  service: 'moderation',
  name: 'CrisisAlertRaised',
  version: 1,
  description: 'A crisis early-warning indicator crossed its threshold in a community; the response SLA clock starts.',
  schema: z.object({
    alertId: crisisAlertIdSchema,
    communityId: crisisCommunityIdSchema,
    topic: z.string().min(1).max(100).optional().describe('The watched topic, for a keyword surge'),
    indicator: crisisIndicatorSchema,
    value: z.number().describe('The indicator over its window when it crossed (a share 0–1, or a count)'),
    threshold: z.number().describe('The threshold it crossed'),
    severity: crisisSeveritySchema,
    crisisType: crisisTypeSchema,
    thresholdsVersion: z.int().min(0).describe('Version of the tenant\'s thresholds that applied; 0 for the defaults'),
    raisedAt: instantSchema,
    slaMinutes: z.int().positive().describe('Minutes allowed to the first official response'),
    responseDueAt: instantSchema.describe('When the first official response is due (SLA)'),
  }),
});
