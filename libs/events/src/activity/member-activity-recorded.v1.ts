import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

export const activityKinds = [
  'message_posted',
  'reaction',
  'comment',
  'check_in',
  'visit',
  'live_attendance',
  'content_view',
  'share',
  'purchase',
] as const;

export const activityKindSchema = z.enum(activityKinds).describe('What the member did');

/**
 * One fact of member activity in a community. High volume and without invariants, so these are
 * appended in batches to one stream per community and UTC day (`activity-<communityId>-<yyyy-mm-dd>`)
 * rather than to the member's stream.
 */
export const MemberActivityRecordedV1 = defineEvent({
  service: 'members',
  name: 'MemberActivityRecorded',
  version: 1,
  description: 'A member did something in a community: posted, reacted, checked in, visited, attended a live stream…',
  schema: z.object({
    memberId: z.uuid().describe('The member who acted'),
    communityId: z.uuid().describe('Where it happened'),
    kind: activityKindSchema,
    clientEventId: z.string().min(1).max(200).describe('The platform\'s id of the fact; a repeated id is ignored'),
    platform: z.string().min(1).max(50).describe('Platform the activity came from, e.g. `wechat_group`'),
    amountCents: z.number().int().nonnegative().optional().describe('For purchases: order value in cents'),
  }),
});

export const activityEvents = [MemberActivityRecordedV1] as const;
