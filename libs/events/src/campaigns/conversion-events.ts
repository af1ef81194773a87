import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// The campaigns service's conversion events on gs.campaigns.conversion (internal). Amounts are whole
// minor units of the ISO 4217 currency; a refund is a compensating event, never an edit.
const id = z.string().min(1).max(128);
/** How the member met the campaign: joined it, was referred into it, claimed its coupon, clicked content promoting it. */
export const touchpointKinds = ['participation', 'referral', 'coupon_claim', 'content_click'] as const;
const subject = z.string().min(1).max(200).describe('Subject of who recorded it (an operator or an API key)');

export const ConversionRecordedV1 = defineEvent({
  service: 'campaigns',
  name: 'ConversionRecorded',
  version: 1,
  description: 'A purchase, reservation, lead or subscription, once per external order id.',
  schema: z.object({
    conversionId: z.uuid().describe('Derived from the external order id'),
    externalOrderId: id.describe('The shop\'s order id'),
    kind: z.enum(['purchase', 'reservation', 'lead', 'subscription']),
    memberId: z.string().min(1).max(64),
    amountMinor: z.number().int().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    occurredAt: z.iso.datetime({ offset: true }).describe('When the order happened at the shop'),
    recordedBy: subject,
  }),
});

export const ConversionAttributedV1 = defineEvent({
  service: 'campaigns',
  name: 'ConversionAttributed',
  version: 1,
  description: 'A conversion credited to campaigns under one attribution model version; no credits means no touchpoint in the lookback.',
  schema: z.object({
    conversionId: z.uuid(),
    model: z.enum(['last_touch', 'first_touch', 'linear']),
    modelVersion: z.number().int().positive(),
    lookbackDays: z.number().int().positive(),
    credits: z
      .array(
        z.object({
          campaignId: id,
          touchpointId: id,
          amountMinor: z.number().int().nonnegative(),
          touchpointKind: z.enum(touchpointKinds).optional().describe('What the member did with the campaign (absent on credits recorded before kinds were kept: coupon claims)'),
          communityId: id.optional().describe('The community the touch happened in, when known'),
          channel: id.optional().describe('The promotion channel of the touch, when known'),
          referrerId: id.optional().describe('For a referral: the member who referred'),
        }),
      )
      .describe('Parts of the amount, summing to it'),
  }),
});

export const ConversionRefundedV1 = defineEvent({
  service: 'campaigns',
  name: 'ConversionRefunded',
  version: 1,
  description: 'Part or all of a conversion was refunded or cancelled, once per refund reference.',
  schema: z.object({ conversionId: z.uuid(), refundReference: id, amountMinor: z.number().int().positive(), refundedBy: subject }),
});

export const conversionEvents = [ConversionRecordedV1, ConversionAttributedV1, ConversionRefundedV1] as const;
