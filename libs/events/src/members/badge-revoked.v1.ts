import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const BadgeRevokedV1 = defineEvent({
  service: 'members',
  name: 'BadgeRevoked',
  version: 1,
  description: 'A badge was taken back from a member.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    badgeId: z.string().min(1).max(100).describe('The badge'),
    reason: z.string().min(1).max(500).describe('Why'),
    revokedBy: actorSchema,
  }),
});
