import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { communityStatusSchema } from './community-profile';
import { instantSchema } from './instant';

export const CommunityStatusChangedV1 = defineEvent({
  service: 'members',
  name: 'CommunityStatusChanged',
  version: 1,
  description: 'A community became active, dormant or archived.',
  schema: z.object({
    communityId: z.uuid().describe('The community'),
    from: communityStatusSchema,
    to: communityStatusSchema,
    reason: z.string().min(1).max(500).optional().describe('Why'),
    changedBy: actorSchema,
    changedAt: instantSchema,
  }),
});
