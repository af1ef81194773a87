import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from '../members/instant';

export const SanctionExpiredV1 = defineEvent({
  service: 'moderation',
  name: 'SanctionExpired',
  version: 1,
  description: 'A mute reached its end: the member may speak in the community again.',
  schema: z.object({
    sanctionId: z.uuid().describe('The mute'),
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    expiredAt: instantSchema.describe('When it ended'),
  }),
});
