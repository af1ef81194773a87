import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';
import { instantSchema } from './instant';
import { lotDrawSchema } from './points';

export const PointsAdjustedV1 = defineEvent({
  service: 'members',
  name: 'PointsAdjusted',
  version: 1,
  description: 'Points were added or taken away by hand, with a reason.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    adjustmentId: z.uuid().describe('The adjustment; one id adjusts once'),
    delta: z.int().refine((delta) => delta !== 0).describe('Points added (positive) or taken (negative)'),
    reason: z.string().min(1).max(500).describe('Why'),
    drawnFrom: z.array(lotDrawSchema).optional().describe('Lots taken from, oldest first, when negative'),
    expiresAt: instantSchema.optional().describe('When added points expire, when positive; absent = never'),
    adjustedBy: actorSchema,
    adjustedAt: instantSchema,
  }),
});
