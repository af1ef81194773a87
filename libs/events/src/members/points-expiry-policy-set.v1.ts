import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';

export const pointsExpiryPolicySchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('never') }),
    z.object({ kind: z.literal('months_after_earning'), months: z.int().min(1).max(120).describe('Months after earning') }),
    z.object({
      kind: z.literal('end_of_year'),
      yearsAfter: z.int().min(0).max(10).describe('Calendar years after the year of earning'),
      utcOffsetMinutes: z.int().min(-840).max(840).describe('The tenant clock, e.g. 480 for China'),
    }),
  ])
  .describe('When earned points expire: never, N months after earning, or at the end of a later calendar year');

export type PointsExpiryPolicyData = z.infer<typeof pointsExpiryPolicySchema>;

export const PointsExpiryPolicySetV1 = defineEvent({
  service: 'members',
  name: 'PointsExpiryPolicySet',
  version: 1,
  description: 'The tenant set the expiry policy for points earned from now on.',
  schema: z.object({
    policy: pointsExpiryPolicySchema,
    setBy: actorSchema,
    setAt: instantSchema,
  }),
});
