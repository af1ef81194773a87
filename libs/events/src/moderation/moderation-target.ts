import { z } from 'zod';

/** What a report or review case is about: a content item, a chat message, or a member. */
export const moderationTargetSchema = z
  .object({
    kind: z.enum(['content', 'message', 'member']).describe('A content item, a member activity message, or a member'),
    id: z.string().min(1).max(200).describe('The content id, message id or member id'),
    communityId: z.uuid().optional().describe('The community it happened in, when known'),
  })
  .describe('What is being reported or reviewed');

export type ModerationTarget = z.infer<typeof moderationTargetSchema>;

export const sanctionKindSchema = z
  .enum(['warning', 'delete_content', 'mute', 'remove', 'ban'])
  .describe('The sanction ladder, mildest first: a ban is tenant-wide, the others are per community');

export type SanctionKind = z.infer<typeof sanctionKindSchema>;
