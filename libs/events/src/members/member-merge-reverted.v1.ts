import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { identitySnapshotSchema } from './member-identity';
import { membershipSnapshotSchema } from './member-membership';

export const MemberMergeRevertedV1 = defineEvent({
  service: 'members',
  name: 'MemberMergeReverted',
  version: 1,
  description: 'A member that had been merged away is a member of its own again, with what it had given up.',
  schema: z.object({
    memberId: z.uuid().describe('The restored member'),
    survivorMemberId: z.uuid().describe('The member it had been merged into'),
    mergeId: z.uuid().describe('The merge undone'),
    identities: z.array(identitySnapshotSchema).describe('Identities returned'),
    memberships: z.array(membershipSnapshotSchema).describe('Memberships returned'),
    reason: z.string().min(1).max(500).describe('Why the merge was wrong'),
    unmergedBy: actorSchema,
  }),
});
