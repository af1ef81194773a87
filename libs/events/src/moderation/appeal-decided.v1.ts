import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from '../members/actor';

export const AppealDecidedV1 = defineEvent({
  service: 'moderation',
  name: 'AppealDecided',
  version: 1,
  description: 'A moderator other than the one who sanctioned decided an appeal: upheld lifts the sanction, rejected keeps it.',
  schema: z.object({
    appealId: z.uuid().describe('The appeal'),
    sanctionId: z.uuid().describe('The sanction appealed'),
    memberId: z.uuid().describe('The member'),
    outcome: z.enum(['upheld', 'rejected']).describe('Upheld: the sanction is lifted'),
    reason: z.string().min(1).max(1000).describe('Why'),
    reviewer: actorSchema,
  }),
});
