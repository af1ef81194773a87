import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';
import { actorSchema } from './actor';

export const catalogueItemKindSchema = z
  .enum(['gift', 'coupon', 'service_pack', 'course', 'event_ticket', 'benefit'])
  .describe('What the member gets');

export const CatalogueItemAddedV1 = defineEvent({
  service: 'members',
  name: 'CatalogueItemAdded',
  version: 1,
  description: 'An item was added to the points redemption catalogue.',
  schema: z.object({
    itemId: z.uuid().describe('The item'),
    communityId: z.uuid().optional().describe('The only community whose members may redeem it; absent = all'),
    name: z.string().min(1).max(100).describe('Name shown to members'),
    kind: catalogueItemKindSchema,
    cost: z.int().min(1).describe('Points per unit'),
    stock: z.int().min(0).describe('Units available'),
    addedBy: actorSchema,
  }),
});

export type CatalogueItemKind = z.infer<typeof catalogueItemKindSchema>;
