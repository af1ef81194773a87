import { z } from 'zod';

export const pointsSourceKindSchema = z
  .enum(['activity', 'check_in', 'content', 'purchase', 'referral', 'campaign_reward'])
  .describe('What the points were earned for');

export const lotDrawSchema = z
  .object({
    lotRef: z.string().min(1).max(250).describe('The lot drawn from: `earned:<sourceRef>` or `adjusted:<adjustmentId>`'),
    amount: z.int().min(1).describe('Points taken from it'),
  })
  .describe('Points taken from one lot, oldest lots first');

export type PointsSourceKind = z.infer<typeof pointsSourceKindSchema>;
export type LotDraw = z.infer<typeof lotDrawSchema>;
