import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from './instant';

export const MemberChurnRiskFlaggedV1 = defineEvent({
  service: 'members',
  name: 'MemberChurnRiskFlagged',
  version: 1,
  description: 'A churn model flagged a member as likely to leave a community; a person confirms or dismisses it.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    score: z.number().min(0).max(1).describe('Model score, 0 (safe) to 1 (certain churn)'),
    modelVersion: z.string().min(1).max(100).describe('Model that scored it'),
    flaggedAt: instantSchema,
  }),
});
