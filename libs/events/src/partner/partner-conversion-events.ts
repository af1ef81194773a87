import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// Partner contracts on `gs.partner.conversions.v1`: conversions recorded by the campaigns service,
// their attribution and their reversal. Ids, amounts and campaign credits only — never a name, phone
// or address; the member id is Groundswell's own, not personal data by itself.
const conversionId = z.uuid().describe('Groundswell conversion id, derived from the external order id (stable)');
const minorUnits = z.number().int().nonnegative().describe('Amount in minor units of the currency (fen for CNY)');

export const PartnerConversionRecordedV1 = defineEvent({
  service: 'partner',
  name: 'ConversionRecorded',
  version: 1,
  description: 'A purchase, reservation, lead or subscription was recorded, once per external order id.',
  schema: z.object({
    conversionId,
    externalOrderId: z.string().min(1).max(128).describe('The shop\'s own order id'),
    kind: z.enum(['purchase', 'reservation', 'lead', 'subscription']).describe('What was converted'),
    memberId: z.string().min(1).max(64).describe('Groundswell member id'),
    amountMinor: minorUnits,
    currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 currency'),
    occurredAt: z.iso.datetime({ offset: true }).describe('When the order happened at the shop'),
  }),
});

export const PartnerConversionAttributedV1 = defineEvent({
  service: 'partner',
  name: 'ConversionAttributed',
  version: 1,
  description:
    'A conversion was credited to campaigns under one attribution model and version; a model change publishes new attributions over history. No credits: no campaign touched the member within the lookback.',
  schema: z.object({
    conversionId,
    model: z.enum(['last_touch', 'first_touch', 'linear']).describe('Attribution model'),
    modelVersion: z.number().int().positive().describe('Version of the model'),
    lookbackDays: z.number().int().positive().describe('How far back touchpoints count'),
    credits: z.array(z.object({ campaignId: z.string().min(1).max(128).describe('The campaign credited'), amountMinor: minorUnits })).describe('Parts of the amount, summing to it'),
  }),
});

export const PartnerConversionReversedV1 = defineEvent({
  service: 'partner',
  name: 'ConversionReversed',
  version: 1,
  description: 'Part or all of a conversion was refunded or cancelled, once per refund reference; subtract it from GMV.',
  schema: z.object({
    conversionId,
    refundReference: z.string().min(1).max(128).describe('The shop\'s refund or cancellation id'),
    amountMinor: z.number().int().positive().describe('Amount reversed, in minor units'),
  }),
});

export const partnerConversionEvents = [PartnerConversionRecordedV1, PartnerConversionAttributedV1, PartnerConversionReversedV1];
