import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const CatalogueItemWithdrawnV1 = defineEvent({
  service: 'members',
  name: 'CatalogueItemWithdrawn',
  version: 1,
  description: 'A catalogue item can no longer be redeemed.',
  schema: z.object({
    itemId: z.uuid().describe('The item'),
    reason: z.string().min(1).max(500).optional().describe('Why'),
    withdrawnBy: actorSchema,
  }),
});
