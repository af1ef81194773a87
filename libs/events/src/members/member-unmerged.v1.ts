import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { identitySnapshotSchema } from './member-identity';
import { membershipSnapshotSchema } from './member-membership';

export const MemberUnmergedV1 = defineEvent({
  service: 'members',
  name: 'MemberUnmerged',
  version: 1,
  description: 'A merge was undone: the survivor gave back what it took over from the duplicate.',
  schema: z.object({
    memberId: z.uuid().describe('The survivor'),
    absorbedMemberId: z.uuid().describe('The duplicate, restored'),
    mergeId: z.uuid().describe('The merge undone'),
    identities: z.array(identitySnapshotSchema).describe('Identities given back, as the duplicate holds them again'),
    memberships: z.array(membershipSnapshotSchema).describe('Memberships given back, as the duplicate holds them again'),
    reason: z.string().min(1).max(500).describe('Why the merge was wrong'),
    unmergedBy: actorSchema,
  }),
});
