import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

export const CatalogueItemRedeemedV1 = defineEvent({
  service: 'members',
  name: 'CatalogueItemRedeemed',
  version: 1,
  description: 'Units of a catalogue item were taken by a redemption; the member’s points account records the same redemption.',
  schema: z.object({
    itemId: z.uuid().describe('The item'),
    redemptionId: z.uuid().describe('The redemption'),
    memberId: z.uuid().describe('The member who redeemed'),
    quantity: z.int().min(1).describe('Units taken'),
    points: z.int().min(1).describe('Points charged in total'),
  }),
});
