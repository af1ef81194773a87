import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { platformSchema } from './platform';

export const MemberLeftV1 = defineEvent({
  service: 'members',
  name: 'MemberLeft',
  version: 1,
  description: 'A member left a community, or was removed from it.',
  schema: z.object({
    memberId: z.uuid().describe('The member who left'),
    communityId: z.uuid().describe('The community left'),
    platform: platformSchema,
    reason: z
      .enum(['left', 'removed_by_operator', 'banned', 'platform_account_closed'])
      .describe('Why the membership ended'),
  }),
});
