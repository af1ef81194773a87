import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from '../members/actor';
import { sanctionKindSchema } from './moderation-target';

export const SanctionLiftedV1 = defineEvent({
  service: 'moderation',
  name: 'SanctionLifted',
  version: 1,
  description: 'A sanction was withdrawn (usually an upheld appeal): a mute ends, a removed or banned member may rejoin, and it no longer counts towards escalation.',
  schema: z.object({
    sanctionId: z.uuid().describe('The sanction'),
    memberId: z.uuid().describe('The member'),
    kind: sanctionKindSchema,
    communityId: z.uuid().optional().describe('Where it applied; absent for a tenant-wide ban'),
    reason: z.string().min(1).max(1000).describe('Why it was lifted'),
    liftedBy: actorSchema,
    appealId: z.uuid().optional().describe('The upheld appeal behind it'),
  }),
});
