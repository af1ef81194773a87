import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { identitySchema } from './member-identity';

export const MemberIdentityLinkedV1 = defineEvent({
  service: 'members',
  name: 'MemberIdentityLinked',
  version: 1,
  description: 'An identifier on a platform (openid, phone, email …) was attached to a member.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    identity: identitySchema,
    linkedBy: actorSchema,
  }),
});
