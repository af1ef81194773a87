import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

export const MemberChurnRiskConfirmedV1 = defineEvent({
  service: 'members',
  name: 'MemberChurnRiskConfirmed',
  version: 1,
  description: 'A person agreed with a churn-risk flag; retention playbooks may act on it.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    confirmedBy: actorSchema,
    confirmedAt: instantSchema,
  }),
});
