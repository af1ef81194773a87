import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { instantSchema } from './instant';
import { lotDrawSchema } from './points';

export const PointsExpiredV1 = defineEvent({
  service: 'members',
  name: 'PointsExpired',
  version: 1,
  description: 'Unspent points passed their expiry date under the tenant’s policy.',
  schema: z.object({
    memberId: z.uuid().describe('The member'),
    amount: z.int().min(1).describe('Points expired in total'),
    lots: z.array(lotDrawSchema).min(1).describe('Lots that expired, oldest first'),
    expiredAt: instantSchema,
  }),
});
