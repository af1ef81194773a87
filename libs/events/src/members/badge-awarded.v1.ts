import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const BadgeAwardedV1 = defineEvent({
  service: 'members',
  name: 'BadgeAwarded',
  version: 1,
  description: 'A member was awarded a badge.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    badgeId: z.string().min(1).max(100).describe('The badge, e.g. `early-bird`'),
    reason: z.string().min(1).max(500).optional().describe('What it was for'),
    awardedBy: actorSchema,
  }),
});
