import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from './instant';
import { pointsSourceKindSchema } from './points';

export const PointsEarnedV1 = defineEvent({
  service: 'members',
  name: 'PointsEarned',
  version: 1,
  description: 'A member earned points; one source reference earns once.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    sourceRef: z.string().min(1).max(200).describe('What earned them, e.g. `order:8812`; unique per account'),
    sourceKind: pointsSourceKindSchema,
    amount: z.int().min(1).describe('Points earned'),
    earnedAt: instantSchema,
    expiresAt: instantSchema.optional().describe('When what is left of them expires; absent = never'),
  }),
});
