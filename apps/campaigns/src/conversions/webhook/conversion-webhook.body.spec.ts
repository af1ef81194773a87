import { maxWebhookItems, parseConversionWebhook } from './conversion-webhook.body';

const order = { externalOrderId: 'JD-1', kind: 'purchase', memberId: 'm-1', amountMinor: 12900, currency: 'CNY', occurredAt: '2026-12-03T10:15:00+08:00' };

describe(parseConversionWebhook.name, () => {
  it('should take orders and refunds, either list optional', () => {
    expect(parseConversionWebhook({ conversions: [order] })).toEqual({ conversions: [order], refunds: [] });
    expect(parseConversionWebhook({ refunds: [{ externalOrderId: 'JD-1', refundReference: 'RF-1', amountMinor: 100 }] }).refunds).toHaveLength(1);
  });

  it.each([
    ['an empty body', {}, 'body'],
    ['a currency that is no ISO code', { conversions: [{ ...order, currency: 'rmb' }] }, 'conversions.0.currency'],
    ['a fraction of a fen', { conversions: [{ ...order, amountMinor: 1.5 }] }, 'conversions.0.amountMinor'],
    ['a field nobody asked for (a phone number)', { conversions: [{ ...order, phone: '13800138000' }] }, 'conversions.0'],
    ['a refund of nothing', { refunds: [{ externalOrderId: 'JD-1', refundReference: 'RF-1', amountMinor: 0 }] }, 'refunds.0.amountMinor'],
    ['one item too many', { conversions: Array(maxWebhookItems + 1).fill(order) }, 'body'],
  ])('should refuse %s, naming where', (_label, body, path) => {
    expect(() => parseConversionWebhook(body)).toThrow(
      expect.objectContaining({ category: 'BAD_USER_INPUT', details: { problems: expect.arrayContaining([expect.objectContaining({ path: path === 'body' ? '' : path })]) } }),
    );
  });
});
