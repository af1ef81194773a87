import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const CatalogueItemRepricedV1 = defineEvent({
  service: 'members',
  name: 'CatalogueItemRepriced',
  version: 1,
  description: 'A catalogue item now costs a different number of points.',
  schema: z.object({
    itemId: z.uuid().describe('The item'),
    from: z.int().min(1).describe('Old points per unit'),
    to: z.int().min(1).describe('New points per unit'),
    repricedBy: actorSchema,
  }),
});
