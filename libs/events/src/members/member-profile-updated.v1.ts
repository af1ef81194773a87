import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { memberProfileChangesSchema } from './member-profile';

export const MemberProfileUpdatedV1 = defineEvent({
  service: 'members',
  name: 'MemberProfileUpdated',
  version: 1,
  description: 'Profile fields of a member changed; the values are encrypted under the member’s key.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    changes: memberProfileChangesSchema,
    updatedBy: actorSchema,
  }),
});
