import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

/** Carries no personal data by design: it is what every copy of the member's data is erased by. */
export const MemberErasedV1 = defineEvent({
  service: 'members',
  name: 'MemberErased',
  version: 1,
  description:
    'A member’s personal data was erased: their keys were destroyed, so every encrypted copy is unreadable. Delete what you hold about them.',
  schema: z.object({
    memberId: z.uuid().describe('The member erased'),
    erasedKeyIds: z.array(z.string().min(1).max(200)).min(1).describe('Keys destroyed'),
    basis: z
      .enum(['member_request', 'retention_expired', 'legal_obligation', 'account_closed'])
      .describe('Why the data was erased'),
    requestedBy: actorSchema,
  }),
});
