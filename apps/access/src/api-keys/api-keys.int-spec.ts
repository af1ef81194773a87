import { freshDatabase } from '@groundswell/test-kit';
import { createAccessDatabase } from '../testing/access-database';
import { aTenantId, anOwner } from '../testing/identities';
import { ApiKeyQueries } from './api-key.queries';
import { ApiKeyError } from './api-key.error';
import { IssueApiKeyUseCase } from './use-cases/issue-api-key.use-case';
import { RevokeApiKeyUseCase } from './use-cases/revoke-api-key.use-case';
import { VerifyApiKeyUseCase } from './use-cases/verify-api-key.use-case';

describe('API keys', () => {
  const database = freshDatabase('test', () => createAccessDatabase('api_keys'));
  let issue: IssueApiKeyUseCase;
  let revoke: RevokeApiKeyUseCase;
  let verify: VerifyApiKeyUseCase;
  let queries: ApiKeyQueries;

  beforeEach(() => {
    [issue, revoke, verify, queries] = [
      new IssueApiKeyUseCase(database.pool),
      new RevokeApiKeyUseCase(database.pool),
      new VerifyApiKeyUseCase(database.pool),
      new ApiKeyQueries(database.pool),
    ];
  });

  it('should verify an issued key as its tenant and permissions, and record its last use', async () => {
    const tenant = aTenantId();
    const { keyId, secret } = await issue.execute(anOwner(tenant), { name: 'CRM', permissions: ['members:read', 'audit:read'] });
    expect(secret).toMatch(/^gsk_/);
    expect((await queries.apiKey(tenant, keyId))?.lastUsedAt).toBeNull();
    await expect(verify.execute(secret!)).resolves.toEqual({ keyId, tenantId: tenant, permissions: ['audit:read', 'members:read'] });
    expect((await queries.apiKey(tenant, keyId))?.lastUsedAt).toBeInstanceOf(Date);
  });

  it('should store only a hash of the secret', async () => {
    const { secret } = await issue.execute(anOwner(aTenantId()), { name: 'CRM', permissions: ['members:read'] });
    const secretPart = secret!.split('_').slice(2).join('_');
    const { rows } = await database.pool.query(`SELECT count(*)::int AS n FROM api_keys WHERE row_to_json(api_keys)::text LIKE '%' || $1 || '%'`, [secretPart]);
    const events = await database.pool.query(`SELECT count(*)::int AS n FROM events WHERE data::text LIKE '%' || $1 || '%'`, [secretPart]);
    expect([rows[0].n, events.rows[0].n]).toEqual([0, 0]);
  });

  it('should refuse a revoked key, a wrong secret and a made-up key', async () => {
    const tenant = aTenantId();
    const { keyId, secret } = await issue.execute(anOwner(tenant), { name: 'CRM', permissions: ['members:read'] });
    const tampered = `${secret!.slice(0, -1)}${secret!.endsWith('A') ? 'B' : 'A'}`;
    await expect(verify.execute(tampered)).resolves.toBeNull();
    await expect(verify.execute(`gsk_${'0'.repeat(24)}_${'A'.repeat(43)}`)).resolves.toBeNull();
    await revoke.execute(anOwner(tenant), keyId);
    await expect(verify.execute(secret!)).resolves.toBeNull();
    expect((await queries.apiKey(tenant, keyId))?.revokedAt).toBeInstanceOf(Date);
  });

  it('should not let another tenant revoke or list a key', async () => {
    const [tenant, other] = [aTenantId(), aTenantId()];
    const { keyId, secret } = await issue.execute(anOwner(tenant), { name: 'CRM', permissions: ['members:read'] });
    await expect(revoke.execute(anOwner(other), keyId)).rejects.toMatchObject({ code: 'KEY_NOT_FOUND' });
    expect((await queries.apiKeys(other)).totalCount).toBe(0);
    await expect(verify.execute(secret!)).resolves.not.toBeNull();
  });

  it('should replay an issue retried with the same idempotency key without a second key or the secret again', async () => {
    const tenant = aTenantId();
    const first = await issue.execute(anOwner(tenant), { name: 'CRM', permissions: ['members:read'] }, 'issue-1');
    const retry = await issue.execute(anOwner(tenant), { name: 'CRM', permissions: ['members:read'] }, 'issue-1');
    expect(retry).toEqual({ keyId: first.keyId, secret: null });
    expect((await queries.apiKeys(tenant)).totalCount).toBe(1);
  });

  it('should refuse to grant a permission the issuer lacks', async () => {
    const manager = anOwner(aTenantId(), { roles: ['community_manager'] });
    const refusal = issue.execute(manager, { name: 'CRM', permissions: ['tenant:administer'] });
    await expect(refusal).rejects.toBeInstanceOf(ApiKeyError);
    await expect(refusal).rejects.toMatchObject({ code: 'PERMISSION_NOT_HELD', category: 'FORBIDDEN' });
  });

  it('should list keys newest first, page by page, without secrets or hashes', async () => {
    const tenant = aTenantId();
    for (const name of ['a', 'b', 'c']) {
      await issue.execute(anOwner(tenant), { name, permissions: ['members:read'] });
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct creation times, so "newest" is well defined
    }
    const firstPage = await queries.apiKeys(tenant, 2);
    const secondPage = await queries.apiKeys(tenant, 2, firstPage.pageInfo.endCursor!);
    expect([...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.name)).toEqual(['c', 'b', 'a']);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    expect(Object.keys(firstPage.edges[0]!.node).sort()).toEqual(['communityIds', 'createdAt', 'createdBy', 'id', 'lastUsedAt', 'name', 'permissions', 'revokedAt', 'revokedBy']);
  });
});
