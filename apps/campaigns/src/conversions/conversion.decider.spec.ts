import { deciderSpec } from '@groundswell/event-store/testing';
import { conversionDecider, type RecordConversion, type RefundConversion } from './conversion.decider';
import { ConversionError } from './conversion.error';
import { conversionEventTypes, type ConversionEvent, type ConversionFacts, type Touchpoint } from './conversion.events';

// The worked example of docs/adr/0015-campaign-coupons-and-conversions.md: a ¥100.00 purchase on
// 12 December after coupon claims from campaigns A (6 days before), B (3 days) and C (1 day), and one
// from campaign Z 8 days before, outside the 7-day lookback.
const occurredAt = '2026-12-12T12:00:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(occurredAt) - days * 86_400_000).toISOString();
const touch = (campaignId: string, days: number): Touchpoint => ({ kind: 'coupon_claim', id: `coupon-${campaignId}`, campaignId, occurredAt: daysBefore(days) });
const touchpoints = [touch('C', 1), touch('Z', 8), touch('A', 6), touch('B', 3)];

const facts = (overrides: Partial<ConversionFacts> = {}): ConversionFacts => ({
  externalOrderId: 'tmall-1001',
  kind: 'purchase',
  memberId: 'member-1',
  amountMinor: 10_000,
  currency: 'CNY',
  occurredAt,
  ...overrides,
});
const recordCommand = (overrides: Partial<RecordConversion> = {}): RecordConversion => ({
  type: 'RecordConversion',
  conversionId: 'conversion-1',
  facts: facts(),
  touchpoints,
  now: new Date('2026-12-12T12:05:00Z'),
  by: 'api-key-shop',
  ...overrides,
});
const refundCommand = (amountMinor: number, refundReference = 'refund-1'): RefundConversion => ({ type: 'RefundConversion', conversionId: 'conversion-1', refundReference, amountMinor, by: 'api-key-shop' });

const recorded = (data = facts()): ConversionEvent => ({ type: conversionEventTypes.recorded, data: { conversionId: 'conversion-1', ...data, recordedBy: 'api-key-shop' } });
const attributed = (model: 'last_touch' | 'first_touch' | 'linear', credits: Array<[string, number]>): ConversionEvent => ({
  type: conversionEventTypes.attributed,
  data: { conversionId: 'conversion-1', model, modelVersion: 1, lookbackDays: 7, credits: credits.map(([campaignId, amountMinor]) => ({ campaignId, touchpointId: `coupon-${campaignId}`, amountMinor })) },
});
const refunded = (amountMinor: number, refundReference = 'refund-1'): ConversionEvent => ({
  type: conversionEventTypes.refunded,
  data: { conversionId: 'conversion-1', refundReference, amountMinor, refundedBy: 'api-key-shop' },
});

describe('conversionDecider', () => {
  const spec = deciderSpec(conversionDecider);

  describe('RecordConversion', () => {
    it('should record the conversion and attribute it under every model, within the 7-day lookback (the worked example)', () => {
      spec.given([]).when(recordCommand()).then([
        recorded(),
        attributed('last_touch', [['C', 10_000]]),
        attributed('first_touch', [['A', 10_000]]),
        attributed('linear', [['A', 3333], ['B', 3333], ['C', 3334]]),
      ]);
    });

    it('should record a conversion without touchpoints as attributed to no campaign', () => {
      spec.given([]).when(recordCommand({ touchpoints: [touch('Z', 8)] })).then([recorded(), attributed('last_touch', []), attributed('first_touch', []), attributed('linear', [])]);
    });

    it('should change nothing when the same order is recorded again', () => {
      spec.given([recorded()]).when(recordCommand({ facts: facts({ externalOrderId: ' tmall-1001 ', occurredAt: '2026-12-12T20:00:00+08:00' }) })).then([]);
    });

    it('should refuse the same external order id with other facts', () => {
      spec.given([recorded()]).when(recordCommand({ facts: facts({ amountMinor: 9_999 }) })).thenThrows(ConversionError, 'CONVERSION_CONFLICT');
    });

    it.each([
      ['a purchase of 0', facts({ amountMinor: 0 })],
      ['a fractional amount', facts({ amountMinor: 10.5 })],
      ['a currency that is no ISO code', facts({ currency: 'rmb' })],
      ['an empty external order id', facts({ externalOrderId: ' ' })],
      ['a conversion a day in the future', facts({ occurredAt: '2026-12-13T13:00:00.000Z' })],
    ])('should refuse %s', (_case, invalid) => {
      spec.given([]).when(recordCommand({ facts: invalid })).thenThrows(ConversionError, 'CONVERSION_INVALID');
    });

    it('should accept a lead worth nothing yet', () => {
      const lead = facts({ kind: 'lead', amountMinor: 0 });
      spec.given([]).when(recordCommand({ facts: lead, touchpoints: [] })).then([recorded(lead), attributed('last_touch', []), attributed('first_touch', []), attributed('linear', [])]);
    });
  });

  describe('RefundConversion', () => {
    it('should record a partial refund as a compensating event, and a retry of it as nothing', () => {
      spec.given([recorded()]).when(refundCommand(4_000)).then([refunded(4_000)]);
      spec.given([recorded(), refunded(4_000)]).when(refundCommand(4_000)).then([]);
    });

    it('should refuse refunds beyond the amount', () => {
      spec.given([recorded(), refunded(4_000)]).when(refundCommand(6_001, 'refund-2')).thenThrows(ConversionError, 'REFUND_EXCEEDS_AMOUNT');
    });

    it('should refuse a refund reference reused for another amount, and a refund of 0', () => {
      spec.given([recorded(), refunded(4_000)]).when(refundCommand(5_000)).thenThrows(ConversionError, 'REFUND_INVALID');
      spec.given([recorded()]).when(refundCommand(0)).thenThrows(ConversionError, 'REFUND_INVALID');
    });

    it('should answer NOT_FOUND for a conversion never recorded', () => {
      spec.given([]).when(refundCommand(1)).thenThrows(ConversionError, 'CONVERSION_NOT_FOUND');
    });
  });
});
