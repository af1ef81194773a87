import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from './instant';

export const churnRiskBandSchema = z.enum(['low', 'medium', 'high']).describe('low < 0.4 ≤ medium < 0.7 ≤ high');
export type ChurnRiskBand = z.infer<typeof churnRiskBandSchema>;

export const MemberChurnRiskAssessedV1 = defineEvent({
  service: 'members',
  name: 'MemberChurnRiskAssessed',
  version: 1,
  description:
    'A member’s churn-risk band in a community changed (the first assessment included). Emitted on band changes only: the latest event per member and community gives the current band.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    communityId: z.uuid().describe('The community'),
    score: z.number().min(0).max(1).describe('0 (safe) to 1 (certain churn)'),
    band: churnRiskBandSchema,
    previousBand: churnRiskBandSchema.optional().describe('Band before; absent on the first assessment'),
    factors: z
      .object({
        recency: z.number().min(0).max(1).describe('Risk from days since the last activity'),
        frequency: z.number().min(0).max(1).describe('Risk from few active days in the last 30'),
        purchases: z.number().min(0).max(1).describe('Risk from no purchases or redemptions in the last 90 days'),
      })
      .describe('Each factor’s risk, 0–1, before weighting'),
    modelVersion: z.string().min(1).max(100).describe('Formula and weights that scored it'),
    assessedAt: instantSchema,
  }),
});
