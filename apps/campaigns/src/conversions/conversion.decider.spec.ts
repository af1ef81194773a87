import { deciderSpec } from '@groundswell/event-store/testing';
import { conversionDecider, type RecordConversion, type RefundConversion } from './conversion.decider';
import { ConversionError } from './conversion.error';
import { conversionEventTypes, type ConversionEvent, type ConversionFacts, type Credit, type Touchpoint, type TouchpointKind, type TouchpointSource } from './conversion.events';

// The worked example of docs/adr/0015-campaigns-coupons-and-conversions.md: a ¥100.00 purchase on
// 12 December by a member who joined campaign A (6 days before), was referred into B (3 days) and
// clicked content promoting C (1 day), and claimed a coupon of Z 8 days before, outside the 7-day lookback.
const occurredAt = '2026-12-12T12:00:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(occurredAt) - days * 86_400_000).toISOString();
const touch = (campaignId: string, days: number, kind: TouchpointKind = 'coupon_claim', source: TouchpointSource = {}): Touchpoint => ({
  kind,
  id: `touch-${campaignId}`,
  campaignId,
  occurredAt: daysBefore(days),
  ...source,
});
const joinedA = touch('A', 6, 'participation', { communityId: 'community-1', channel: 'kol' });
const referredB = touch('B', 3, 'referral', { referrerId: 'member-9' });
const clickedC = touch('C', 1, 'content_click', { communityId: 'community-2' });
const touchpoints = [clickedC, touch('Z', 8), joinedA, referredB];
const sourceOf: Record<string, Partial<Credit>> = {
  A: { touchpointKind: 'participation', communityId: 'community-1', channel: 'kol' },
  B: { touchpointKind: 'referral', referrerId: 'member-9' },
  C: { touchpointKind: 'content_click', communityId: 'community-2' },
};

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
  data: {
    conversionId: 'conversion-1',
    model,
    modelVersion: 1,
    lookbackDays: 7,
    credits: credits.map(([campaignId, amountMinor]) => ({ campaignId, touchpointId: `touch-${campaignId}`, touchpointKind: 'coupon_claim', ...sourceOf[campaignId], amountMinor })),
  },
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

    it('should split linear credit over touchpoints of every kind, one part per touch, so a campaign touched twice earns two', () => {
      const joinedB = touch('B', 4, 'participation', { communityId: 'community-1' });
      const claimedB = { ...touch('B', 2), id: 'coupon-B' };
      const [, , , linear] = conversionDecider.decide(recordCommand({ touchpoints: [referredB, claimedB, joinedB, clickedC] }), { status: 'none' });
      expect(linear!.data).toMatchObject({
        model: 'linear',
        credits: [
          { campaignId: 'B', touchpointId: 'touch-B', touchpointKind: 'participation', communityId: 'community-1', amountMinor: 2500 },
          { campaignId: 'B', touchpointId: 'touch-B', touchpointKind: 'referral', referrerId: 'member-9', amountMinor: 2500 },
          { campaignId: 'B', touchpointId: 'coupon-B', touchpointKind: 'coupon_claim', amountMinor: 2500 },
          { campaignId: 'C', touchpointId: 'touch-C', touchpointKind: 'content_click', communityId: 'community-2', amountMinor: 2500 },
        ],
      });
    });

    it('should credit the latest touch under last touch and the earliest under first touch, whatever their kinds', () => {
      const clickedD = touch('D', 0.5, 'content_click');
      const [, lastTouch, firstTouch] = conversionDecider.decide(recordCommand({ touchpoints: [referredB, clickedD, joinedA] }), { status: 'none' });
      expect(lastTouch!.data).toMatchObject({ model: 'last_touch', credits: [{ campaignId: 'D', touchpointId: 'touch-D', touchpointKind: 'content_click', amountMinor: 10_000 }] });
      expect(firstTouch!.data).toMatchObject({
        model: 'first_touch',
        credits: [{ campaignId: 'A', touchpointId: 'touch-A', touchpointKind: 'participation', communityId: 'community-1', channel: 'kol', amountMinor: 10_000 }],
      });
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
