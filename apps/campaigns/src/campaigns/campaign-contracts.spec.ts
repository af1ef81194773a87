import { randomUUID } from 'node:crypto';
import { createEventRegistry, createEnvelope } from '@groundswell/events';
import { conversionDecider } from '../conversions/conversion.decider';
import { claimed, redeemed } from '../coupons/coupon.fixtures';
import { aPlan, events, histories } from './campaign.fixtures';

// The outbox relay publishes what the deciders decide; analytics and other consumers decode it with
// the libs/events contracts, so every event the deciders make must pass its contract.
describe('campaigns event contracts', () => {
  const registry = createEventRegistry();
  const decodes = (event: { type: string; data: unknown }) =>
    registry.decode(createEnvelope({ type: event.type, data: event.data, subject: `campaign-${randomUUID()}`, tenantid: 'tenant-a', streamversion: 1, time: new Date() }));

  it('should decode every campaign lifecycle event under its contract', () => {
    const lifecycle = [...histories.reviewed(), events.paused(), events.resumed(), events.revised(aPlan({ name: '第二期' }))];
    for (const event of lifecycle) expect(decodes(event).data).toEqual(event.data);
  });

  it('should decode coupon events under their contracts', () => {
    for (const event of [claimed(), redeemed()]) expect(decodes(event).data).toEqual(event.data);
  });

  it('should decode every conversion event the decider makes under its contract', () => {
    const conversionId = randomUUID();
    const facts = { externalOrderId: 'tmall-1', kind: 'purchase' as const, memberId: 'member-1', amountMinor: 100, currency: 'CNY', occurredAt: new Date().toISOString() };
    const before = (ms: number) => new Date(Date.now() - ms).toISOString();
    const touchpoints = [
      { kind: 'coupon_claim' as const, id: 'coupon-1', campaignId: 'campaign-1', occurredAt: before(1000) },
      { kind: 'participation' as const, id: randomUUID(), campaignId: 'campaign-2', occurredAt: before(2000), communityId: randomUUID(), channel: 'kol' },
      { kind: 'referral' as const, id: randomUUID(), campaignId: 'campaign-2', occurredAt: before(3000), referrerId: 'member-9' },
      { kind: 'content_click' as const, id: randomUUID(), campaignId: 'campaign-3', occurredAt: before(4000), communityId: randomUUID() },
    ];
    const recorded = conversionDecider.decide({ type: 'RecordConversion', conversionId, facts, touchpoints, now: new Date(), by: 'api-key-shop' }, conversionDecider.initialState());
    const state = recorded.reduce(conversionDecider.evolve, conversionDecider.initialState());
    const refunded = conversionDecider.decide({ type: 'RefundConversion', conversionId, refundReference: 'r-1', amountMinor: 40, by: 'api-key-shop' }, state);
    for (const event of [...recorded, ...refunded]) expect(decodes(event).data).toEqual(event.data);
  });
});
