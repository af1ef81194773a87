import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const MemberRegisteredV1 = defineEvent({
  service: 'members',
  name: 'MemberRegistered',
  version: 1,
  description: 'A person became a member of the tenant; their personal data is encrypted under their own key.',
  schema: z.object({
    memberId: z.uuid().describe('The new member'),
    keyId: z.string().min(1).max(200).describe('The member’s own encryption key'),
    registeredBy: actorSchema,
  }),
});
