import type { Identity } from '@groundswell/service-kit';
import { consumeRateLimits } from './request-limits';

function countingLimiter(allowed: boolean) {
  const keys: string[] = [];
  return { keys, consume: async (key: string) => (keys.push(key), { allowed, retryAfterSeconds: allowed ? 0 : 1 }) };
}

const operator: Identity = { sub: 'u1', tenant: 'demo', roles: ['owner'] };
const apiKey: Identity = { sub: 'apikey:k1', tenant: 'demo', roles: ['partner'], permissions: ['members:read'] };

describe(consumeRateLimits.name, () => {
  it('should spend an API key caller’s request from the key’s budget and its tenant’s', async () => {
    const [tenant, key] = [countingLimiter(true), countingLimiter(true)];
    await expect(consumeRateLimits(apiKey, { tenant, apiKey: key })).resolves.toBeNull();
    expect(key.keys).toEqual(['apikey:k1']);
    expect(tenant.keys).toEqual(['tenant:demo']);
  });

  it('should refuse an API key over its own budget without spending its tenant’s', async () => {
    const [tenant, key] = [countingLimiter(true), countingLimiter(false)];
    await expect(consumeRateLimits(apiKey, { tenant, apiKey: key })).resolves.toEqual({ scope: 'api key', retryAfterSeconds: 1 });
    expect(tenant.keys).toEqual([]);
  });

  it('should refuse a key whose tenant is over its budget', async () => {
    const [tenant, key] = [countingLimiter(false), countingLimiter(true)];
    await expect(consumeRateLimits(apiKey, { tenant, apiKey: key })).resolves.toEqual({ scope: 'tenant', retryAfterSeconds: 1 });
  });

  it('should count operators against their tenant only', async () => {
    const [tenant, key] = [countingLimiter(true), countingLimiter(false)];
    await expect(consumeRateLimits(operator, { tenant, apiKey: key })).resolves.toBeNull();
    expect(key.keys).toEqual([]);
  });
});
