import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from '../members/actor';
import { instantSchema } from '../members/instant';
import { sanctionKindSchema } from './moderation-target';

export const SanctionAppliedV1 = defineEvent({
  service: 'moderation',
  name: 'SanctionApplied',
  version: 1,
  description:
    'A member was sanctioned under a community rule. A removal takes the member out of the community; a ban, out of every community of the tenant; a mute ends by itself at expiresAt.',
  schema: z.object({
    sanctionId: z.uuid().describe('The sanction'),
    memberId: z.uuid().describe('The sanctioned member'),
    kind: sanctionKindSchema,
    communityId: z.uuid().optional().describe('Where it applies; absent for a tenant-wide ban'),
    contentId: z.string().min(1).max(200).optional().describe('The content deleted, for delete_content'),
    durationMinutes: z.int().min(1).optional().describe('How long a mute lasts'),
    expiresAt: instantSchema.optional().describe('When a mute ends by itself'),
    ruleId: z.string().min(1).max(200).describe('The community rule broken'),
    reason: z.string().min(1).max(1000).describe('What the member did'),
    notice: z.string().min(1).max(2000).describe('What the member is told, in Chinese, with how to appeal'),
    appliedBy: actorSchema,
    appliedAt: instantSchema.describe('When it took effect'),
    caseId: z.uuid().optional().describe('The review case it came from'),
    escalation: z
      .object({
        policyVersion: z.int().min(0).describe('The escalation policy version applied'),
        afterCount: z.int().min(1).describe('How many sanctions of the kind triggered it'),
        ofKind: sanctionKindSchema,
        withinDays: z.int().min(1).describe('The window they fell in'),
      })
      .optional()
      .describe('Present when the escalation policy applied it on top of an earlier sanction'),
  }),
});
