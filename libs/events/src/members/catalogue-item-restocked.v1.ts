import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const CatalogueItemRestockedV1 = defineEvent({
  service: 'members',
  name: 'CatalogueItemRestocked',
  version: 1,
  description: 'More units of a catalogue item became available.',
  schema: z.object({
    itemId: z.uuid().describe('The item'),
    quantity: z.int().min(1).describe('Units added'),
    restockedBy: actorSchema,
  }),
});
