import { randomUUID } from 'node:crypto';
import { eventually, expectingSuccess, gatewayClient, journalMutation, mutationOf, type GraphqlClient } from '@groundswell/test-kit';

const gateway = () => `${process.env.GROUNDSWELL_E2E_GATEWAY!}/graphql`;

const issueMutation = `mutation Issue($input: IssueApiKeyInput!, $key: String) {
  issueApiKey(input: $input, idempotencyKey: $key) { secret apiKey { id name permissions lastUsedAt revokedAt } }
}`;
const createCommunityMutation = `mutation CreateByKey($input: CreateCommunityInput!) { createCommunity(input: $input) { community { id name } } }`;
const communitiesQuery = '{ communities(first: 100) { totalCount edges { node { id name } } } }';

/** A request as a partner integration sends it; mutations are journalled like the e2e client's, under the key's subject. */
async function withApiKey(key: string, tenant: string, query: string, variables: Record<string, unknown> = {}, header: 'authorization' | 'x-api-key' = 'authorization') {
  const response = await fetch(gateway(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(header === 'authorization' ? { authorization: `ApiKey ${key}` } : { 'x-api-key': key }) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as any;
  const mutation = mutationOf(query);
  const keyId = /^gsk_([0-9a-f]+)_/.exec(key)?.[1];
  if (mutation && response.status !== 401) {
    const result = json.errors?.[0]?.extensions?.code ?? 'ok';
    journalMutation({ tenant, subject: `apikey:${keyId}`, ...mutation, requestId: response.headers.get('x-request-id'), status: response.status, result });
  }
  return { status: response.status, json };
}

async function issueKey(owner: GraphqlClient, permissions: string[]) {
  const data = await expectingSuccess(owner)(issueMutation, { input: { name: `key ${randomUUID().slice(0, 6)}`, permissions } });
  return { id: data.issueApiKey.apiKey.id as string, secret: data.issueApiKey.secret as string };
}

const aCommunity = (name: string) => ({ input: { name, platform: 'wechat' } });

describe('API keys through the gateway', () => {
  const tenant = `e2e-keys-${randomUUID().slice(0, 8)}`;
  const otherTenant = `e2e-keys-${randomUUID().slice(0, 8)}`;
  let owner: GraphqlClient;
  let otherOwner: GraphqlClient;

  beforeAll(async () => {
    [owner, otherOwner] = await Promise.all([gatewayClient(tenant), gatewayClient(otherTenant)]);
  });

  it('should issue a key shown once, let it act within its permissions, and refuse it once revoked', async () => {
    const key = await issueKey(owner, ['members:read', 'communities:manage']);
    expect(key.secret).toMatch(/^gsk_[0-9a-f]{24}_/);

    const created = await withApiKey(key.secret, tenant, createCommunityMutation, aCommunity('由密钥创建'));
    expect(created.json.errors).toBeUndefined();
    const read = await withApiKey(key.secret, tenant, communitiesQuery, {}, 'x-api-key');
    expect(read.json.data.communities.edges.map((edge: any) => edge.node.name)).toContain('由密钥创建');

    const listed = await expectingSuccess(owner)('{ apiKeys(first: 100) { edges { node { id lastUsedAt } } } }');
    const node = listed.apiKeys.edges.find((edge: any) => edge.node.id === key.id).node;
    expect(node.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(key.secret.split('_')[2]);

    const revoked = await expectingSuccess(owner)('mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } } }', { id: key.id });
    expect(revoked.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    await eventually(async () => {
      const refused = await withApiKey(key.secret, tenant, communitiesQuery);
      expect(refused.status).toBe(401);
      expect(refused.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }, 15_000);
  });

  it('should answer FORBIDDEN when the key lacks the permission, whatever its issuer could do', async () => {
    const key = await issueKey(owner, ['members:read']);
    const refused = await withApiKey(key.secret, tenant, createCommunityMutation, aCommunity('不该存在'));
    expect(refused.json.errors[0].extensions.code).toBe('FORBIDDEN');
    const issuing = await withApiKey(key.secret, tenant, issueMutation, { input: { name: 'escalate', permissions: ['members:read'] } });
    expect(issuing.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('should keep a key inside its tenant', async () => {
    const key = await issueKey(owner, ['members:read', 'communities:manage']);
    await expectingSuccess(otherOwner)(createCommunityMutation, aCommunity('别的租户的社群'));
    const read = await withApiKey(key.secret, tenant, communitiesQuery);
    expect(read.json.data.communities.edges.map((edge: any) => edge.node.name)).not.toContain('别的租户的社群');
    const others = await expectingSuccess(otherOwner)('{ apiKeys(first: 100) { edges { node { id } } } }');
    expect(others.apiKeys.edges.map((edge: any) => edge.node.id)).not.toContain(key.id);
    const revokeElsewhere = await otherOwner('mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { id } } }', { id: key.id });
    expect(revokeElsewhere.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await withApiKey(key.secret, tenant, communitiesQuery)).status).toBe(200);
  });

  it('should refuse permissions that do not exist, or that the issuer does not hold', async () => {
    const unknown = await owner(issueMutation, { input: { name: 'bad', permissions: ['members:own'] } });
    expect(unknown.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const manager = await gatewayClient(tenant, ['community_manager']);
    const notAdmin = await manager(issueMutation, { input: { name: 'bad', permissions: ['members:read'] } });
    expect(notAdmin.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('should not show the secret again when an issue is retried with its idempotency key', async () => {
    const input = { name: 'retried', permissions: ['members:read'] };
    const first = await expectingSuccess(owner)(issueMutation, { input, key: `issue-${randomUUID()}` });
    const idempotencyKey = `issue-${randomUUID()}`;
    const [a, b] = [await expectingSuccess(owner)(issueMutation, { input, key: idempotencyKey }), await expectingSuccess(owner)(issueMutation, { input, key: idempotencyKey })];
    expect(first.issueApiKey.secret).toMatch(/^gsk_/);
    expect(b.issueApiKey.apiKey.id).toBe(a.issueApiKey.apiKey.id);
    expect([typeof a.issueApiKey.secret, b.issueApiKey.secret]).toEqual(['string', null]);
  });

  it('should hold a key to its own rate limit with 429, Retry-After and RATE_LIMITED, leaving its tenant served', async () => {
    const key = await issueKey(owner, ['members:read']);
    // The e2e platform allows 20 requests per key and 150 per tenant each second.
    const burst = await Promise.all(
      Array.from({ length: 90 }, async () => {
        const response = await fetch(gateway(), { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key.secret }, body: JSON.stringify({ query: communitiesQuery }) });
        return { status: response.status, retryAfter: response.headers.get('retry-after'), json: (await response.json()) as any };
      }),
    );
    const limited = burst.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.retryAfter).toBe('1');
    expect(limited[0]!.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    await expect(expectingSuccess(owner)(communitiesQuery)).resolves.toBeDefined();
  });

  it('should refuse a made-up key', async () => {
    const refused = await withApiKey(`gsk_${'0'.repeat(24)}_${'A'.repeat(43)}`, tenant, communitiesQuery);
    expect(refused.status).toBe(401);
    expect(refused.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
