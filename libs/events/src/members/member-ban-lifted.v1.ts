import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const MemberBanLiftedV1 = defineEvent({
  service: 'members',
  name: 'MemberBanLifted',
  version: 1,
  description: 'A member banned from a community may join it again (e.g. after an appeal).',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    reason: z.string().min(1).max(500).describe('Why the ban was lifted'),
    liftedBy: actorSchema,
  }),
});
