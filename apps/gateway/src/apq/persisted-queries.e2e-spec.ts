import { createHash, randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { persistedQueryKeyPrefix } from './persisted-queries';

const gatewayUrl = () => `${process.env.GROUNDSWELL_E2E_GATEWAY}/graphql`;

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(gatewayUrl(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

describe('automatic persisted queries at the gateway', () => {
  // A query no earlier run has registered.
  const query = `query Apq_${randomUUID().replace(/-/g, '')} { membersStatus { service } }`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const hashOnly = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
  let authorization: Record<string, string>;

  beforeAll(async () => {
    authorization = { authorization: `Bearer ${await signDevToken({ sub: 'e2e-apq', tenant: 'e2e-apq', roles: ['owner'] }, developmentTokenSettings(process.env))}` };
  });

  it('should refuse a caller without a token before looking the hash up', async () => {
    const result = await post(hashOnly);
    expect(result.status).toBe(401);
    expect(result.json.errors?.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('should ask for the full query the first time, run it once sent, then run it from its hash alone', async () => {
    const first = await post(hashOnly, authorization);
    expect(first.json.data).toBeUndefined();
    // APQ clients (Apollo Client's persisted-queries link) resend on this message; the code stays one of our stable ones.
    expect(first.json.errors?.map(({ message, extensions }) => ({ message, code: extensions.code }))).toEqual([
      { message: 'PersistedQueryNotFound', code: 'BAD_USER_INPUT' },
    ]);

    const registered = await post({ query, ...hashOnly }, authorization);
    expect(registered.json).toEqual({ data: { membersStatus: { service: 'members' } } });

    const again = await post(hashOnly, authorization);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ data: { membersStatus: { service: 'members' } } });
  });

  it('should keep the query in Redis, where every gateway instance finds it, with an expiry', async () => {
    const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
    await redis.connect();
    try {
      const key = `${persistedQueryKeyPrefix}apq:${sha256Hash}`;
      expect(await redis.get(key)).toBe(query);
      expect(await redis.ttl(key)).toBeGreaterThan(0);
    } finally {
      await redis.close();
    }
  });

  it('should refuse a query sent with a hash that is not its own', async () => {
    const result = await post({ query: '{ membersStatus { version } }', ...hashOnly }, authorization);
    expect(result.json.data).toBeUndefined();
    expect(result.json.errors).toHaveLength(1);
  });
});
