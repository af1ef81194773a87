import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';
import { verificationMethodSchema } from './member-identity';

export const MemberIdentityVerifiedV1 = defineEvent({
  service: 'members',
  name: 'MemberIdentityVerified',
  version: 1,
  description: 'A member proved they control one of their identities.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    identityId: z.uuid().describe('The identity verified'),
    method: verificationMethodSchema,
    verifiedAt: instantSchema,
    verifiedBy: actorSchema,
  }),
});
