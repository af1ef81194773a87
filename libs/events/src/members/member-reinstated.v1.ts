import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { platformSchema } from './platform';

export const MemberReinstatedV1 = defineEvent({
  service: 'members',
  name: 'MemberReinstated',
  version: 1,
  description:
    'A member removed or banned by a moderation sanction is back in the community as they were (stage kept): the sanction was lifted, usually on an upheld appeal.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community they are back in'),
    platform: platformSchema,
    sanctionId: z.uuid().describe('The moderation sanction that was lifted'),
    reason: z.string().min(1).max(1000).describe('Why the sanction was lifted'),
    reinstatedBy: actorSchema,
  }),
});
