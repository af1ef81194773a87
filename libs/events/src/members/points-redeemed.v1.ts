import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from './instant';
import { lotDrawSchema } from './points';

export const PointsRedeemedV1 = defineEvent({
  service: 'members',
  name: 'PointsRedeemed',
  version: 1,
  description: 'A member spent points on a redemption.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    redemptionId: z.uuid().describe('The redemption; the catalogue records the same id'),
    itemId: z.uuid().optional().describe('The catalogue item redeemed, if any'),
    amount: z.int().min(1).describe('Points spent'),
    drawnFrom: z.array(lotDrawSchema).min(1).describe('Lots the points came from, oldest first'),
    redeemedAt: instantSchema,
  }),
});
