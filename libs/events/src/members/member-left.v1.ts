import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { platformSchema } from './platform';

export const exitReasonSchema = z
  .enum(['lost_interest', 'too_many_messages', 'irrelevant_content', 'found_alternative', 'privacy_concern', 'other'])
  .describe('What the member said made them leave (churn analysis), when they said');

export type ExitReason = z.infer<typeof exitReasonSchema>;

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
    // Added later, optional: events recorded before carry none of these.
    exitReason: exitReasonSchema.optional(),
    sanctionId: z.uuid().optional().describe('The moderation sanction behind a removal or ban'),
    decidedBy: actorSchema.optional().describe('Who ended the membership, when known'),
  }),
});
