import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

export const MemberChurnRiskDismissedV1 = defineEvent({
  service: 'members',
  name: 'MemberChurnRiskDismissed',
  version: 1,
  description: 'A person judged a churn-risk flag wrong.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    reason: z
      .enum(['false_positive', 'seasonal_pause', 'known_absence', 'other'])
      .describe('Why the flag is wrong'),
    dismissedBy: actorSchema,
    dismissedAt: instantSchema,
  }),
});
