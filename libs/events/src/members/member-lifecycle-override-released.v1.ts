import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

export const MemberLifecycleOverrideReleasedV1 = defineEvent({
  service: 'members',
  name: 'MemberLifecycleOverrideReleased',
  version: 1,
  description: 'An operator handed a member’s lifecycle stage in a community back to the rules.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    releasedBy: actorSchema,
    releasedAt: instantSchema,
  }),
});
