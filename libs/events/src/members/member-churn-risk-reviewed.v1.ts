import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { encryptedFieldSchema } from './encrypted-field';
import { instantSchema } from './instant';
import { churnRiskBandSchema } from './member-churn-risk-assessed.v1';

export const MemberChurnRiskReviewedV1 = defineEvent({
  service: 'members',
  name: 'MemberChurnRiskReviewed',
  version: 1,
  description: 'A person confirmed or dismissed the member’s current churn-risk assessment in a community.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    confirmed: z.boolean().describe('true: the risk is real; false: dismissed'),
    note: encryptedFieldSchema.optional().describe('Why, sealed with the member’s key: free text about a person, so erasure shreds it'),
    score: z.number().min(0).max(1).describe('Score of the assessment reviewed'),
    band: churnRiskBandSchema,
    reviewedBy: actorSchema,
    reviewedAt: instantSchema,
  }),
});
