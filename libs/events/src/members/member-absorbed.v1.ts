import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { identitySnapshotSchema } from './member-identity';
import { membershipSnapshotSchema } from './member-membership';

export const MemberAbsorbedV1 = defineEvent({
  service: 'members',
  name: 'MemberAbsorbed',
  version: 1,
  description: 'A member took over the identities and memberships of a duplicate merged into it.',
  schema: z.object({
    memberId: z.uuid().describe('The survivor'),
    absorbedMemberId: z.uuid().describe('The duplicate merged into it'),
    absorbedKeyId: z.string().min(1).max(200).describe('Key of the duplicate, which still encrypts the moved values'),
    mergeId: z.uuid().describe('The merge'),
    identities: z.array(identitySnapshotSchema).describe('Identities moved, as the duplicate held them'),
    memberships: z.array(membershipSnapshotSchema).describe('Memberships moved, as the duplicate held them'),
    mergedBy: actorSchema,
  }),
});
