import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { platformSchema } from './platform';

export const MemberJoinedV1 = defineEvent({
  service: 'members',
  name: 'MemberJoined',
  version: 1,
  description: 'A member joined a community.',
  schema: z.object({
    memberId: z.uuid().describe('The member who joined'),
    communityId: z.uuid().describe('The community joined'),
    platform: platformSchema,
    channel: z.string().min(1).max(100).describe('How the member found the community, e.g. `qr-code`'),
  }),
});
