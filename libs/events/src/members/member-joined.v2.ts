import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { MemberJoinedV1 } from './member-joined.v1';
import { platformSchema } from './platform';

export const MemberJoinedV2 = defineEvent({
  service: 'members',
  name: 'MemberJoined',
  version: 2,
  description: 'A member joined a community, with how they were acquired.',
  schema: z.object({
    memberId: z.uuid().describe('The member who joined'),
    communityId: z.uuid().describe('The community joined'),
    platform: platformSchema,
    acquisition: z
      .object({
        channel: z.string().min(1).max(100).describe('How the member found the community, e.g. `qr-code`'),
        campaignId: z.uuid().optional().describe('The campaign that brought the member, if any'),
        referrerMemberId: z.uuid().optional().describe('The member who referred them, if any'),
      })
      .describe('How the member was acquired'),
  }),
  // Version 1 recorded only the channel; campaign and referrer were not known then.
  upcastFrom: {
    event: MemberJoinedV1,
    upcast: ({ channel, ...rest }) => ({ ...rest, acquisition: { channel } }),
  },
});
