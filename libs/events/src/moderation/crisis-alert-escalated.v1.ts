import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';
import { crisisAlertIdSchema, crisisCommunityIdSchema, crisisSeveritySchema, escalationRecipientSchema } from './crisis-alert';

export const CrisisAlertEscalatedV1 = defineEvent({
  service: 'moderation',
  name: 'CrisisAlertEscalated',
  version: 1,
  description: 'A crisis alert was escalated to other departments (legal, customer service, product…); notify each recipient.',
  schema: z.object({
    alertId: crisisAlertIdSchema,
    communityId: crisisCommunityIdSchema,
    severity: crisisSeveritySchema,
    reason: z.enum(['raised', 'sla_breached', 'manual']).describe('What triggered the escalation'),
    recipients: z.array(escalationRecipientSchema).min(1).describe('Who to notify'),
    note: z.string().max(1000).optional().describe('What the operator who escalated asked for'),
    escalatedAt: instantSchema,
  }),
});
