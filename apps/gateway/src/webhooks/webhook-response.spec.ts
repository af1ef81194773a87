import { webhookError, webhookResult } from './webhook-response';

describe(webhookResult.name, () => {
  it('should audit a success as ok and a refusal by its code', () => {
    expect(webhookResult({ status: 200, body: { accepted: 3, duplicates: 0 } })).toBe('ok');
    expect(webhookResult({ status: 403, body: { code: 'FORBIDDEN', message: 'no' } })).toBe('FORBIDDEN');
    expect(webhookResult(webhookError(429, 'RATE_LIMITED', 'slow down'))).toBe('RATE_LIMITED');
  });

  it('should audit an answer without a code as INTERNAL', () => {
    expect(webhookResult({ status: 502, body: { statusCode: 502 } })).toBe('INTERNAL');
    expect(webhookResult({ status: 500, body: null })).toBe('INTERNAL');
  });
});
