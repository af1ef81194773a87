import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const MemberMergedIntoV1 = defineEvent({
  service: 'members',
  name: 'MemberMergedInto',
  version: 1,
  description:
    'A duplicate member was merged into another (the survivor); the listed identities and memberships moved there.',
  schema: z.object({
    memberId: z.uuid().describe('The duplicate, now merged away'),
    survivorMemberId: z.uuid().describe('The member it was merged into'),
    mergeId: z.uuid().describe('The merge; an unmerge names it'),
    movedIdentityIds: z.array(z.uuid()).describe('Identities moved to the survivor'),
    movedCommunityIds: z.array(z.uuid()).describe('Communities whose membership moved to the survivor'),
    reason: z.string().min(1).max(500).describe('Why the two are the same person'),
    mergedBy: actorSchema,
  }),
});
