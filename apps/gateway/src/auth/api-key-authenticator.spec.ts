import { AuthError, hasPermission } from '@groundswell/service-kit';
import { ApiKeyAuthenticator } from './api-key-authenticator';
import type { ApiKeyVerifier, VerifiedApiKey } from './api-key-verifier';

const liveKey = 'gsk_0123456789abcdef01234567_secret';
const verified: VerifiedApiKey = { keyId: '0123456789abcdef01234567', tenantId: 'demo', permissions: ['members:read'] };

function verifierAnswering(answer: () => VerifiedApiKey | null) {
  const asked: string[] = [];
  const verifier: ApiKeyVerifier = {
    verify: async (key) => {
      asked.push(key);
      return key === liveKey ? answer() : null;
    },
  };
  return { verifier, asked };
}

function authenticatorAt(clock: { now: number }, answer: () => VerifiedApiKey | null = () => verified) {
  const { verifier, asked } = verifierAnswering(answer);
  return { authenticator: new ApiKeyAuthenticator(verifier, { cacheTtlMs: 10_000, now: () => clock.now }), asked };
}

async function rejectionOf(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

describe(ApiKeyAuthenticator.name, () => {
  it('should refuse a key longer than any issued one as invalid without asking the access service', async () => {
    const { authenticator, asked } = authenticatorAt({ now: 0 });
    const error = await rejectionOf(authenticator.authenticate({ 'x-api-key': 'k'.repeat(10_000) }));
    expect(error.code).toBe('TOKEN_INVALID');
    expect(asked).toEqual([]);
  });

  it('should act as the key: its own subject, its tenant, exactly its permissions', async () => {
    const { authenticator } = authenticatorAt({ now: 0 });
    const identity = await authenticator.authenticate({ authorization: `ApiKey ${liveKey}` });
    expect(identity).toEqual({ sub: `apikey:${verified.keyId}`, tenant: 'demo', roles: ['partner'], permissions: ['members:read'] });
    expect(hasPermission(identity!, 'members:read')).toBe(true);
    expect(hasPermission(identity!, 'conversions:record')).toBe(false);
  });

  it('should accept the key in an x-api-key header too, and keep a community scope', async () => {
    const { authenticator } = authenticatorAt({ now: 0 }, () => ({ ...verified, communityIds: ['c1'] }));
    await expect(authenticator.authenticate({ 'x-api-key': liveKey })).resolves.toMatchObject({ communities: ['c1'] });
  });

  it('should leave requests without an API key to other authenticators', async () => {
    const { authenticator, asked } = authenticatorAt({ now: 0 });
    await expect(authenticator.authenticate({})).resolves.toBeNull();
    await expect(authenticator.authenticate({ authorization: 'Bearer eyJ.x.y' })).resolves.toBeNull();
    expect(asked).toEqual([]);
  });

  it('should refuse an unknown or revoked key as UNAUTHENTICATED', async () => {
    const { authenticator } = authenticatorAt({ now: 0 });
    const error = await rejectionOf(authenticator.authenticate({ authorization: 'ApiKey gsk_unknown' }));
    expect(error.category).toBe('UNAUTHENTICATED');
  });

  it('should ask the access service once per key within the cache time, then again', async () => {
    const clock = { now: 0 };
    const { authenticator, asked } = authenticatorAt(clock);
    await authenticator.authenticate({ 'x-api-key': liveKey });
    clock.now = 9_999;
    await authenticator.authenticate({ 'x-api-key': liveKey });
    expect(asked).toHaveLength(1);
    clock.now = 10_000;
    await authenticator.authenticate({ 'x-api-key': liveKey });
    expect(asked).toHaveLength(2);
  });

  it('should refuse a key revoked since it was cached once the cache time has passed', async () => {
    const clock = { now: 0 };
    let live = true;
    const { authenticator } = authenticatorAt(clock, () => (live ? verified : null));
    await expect(authenticator.authenticate({ 'x-api-key': liveKey })).resolves.not.toBeNull();
    live = false;
    clock.now = 10_000;
    expect((await rejectionOf(authenticator.authenticate({ 'x-api-key': liveKey }))).code).toBe('TOKEN_INVALID');
  });

  it('should ask once for a burst of concurrent requests with the same key', async () => {
    const { authenticator, asked } = authenticatorAt({ now: 0 });
    await Promise.all(Array.from({ length: 5 }, () => authenticator.authenticate({ 'x-api-key': liveKey })));
    expect(asked).toHaveLength(1);
  });

  it('should let a failure to reach the access service through as it is, not as a bad key, and not remember it', async () => {
    const outage = new Error('access unreachable');
    let calls = 0;
    const authenticator = new ApiKeyAuthenticator({ verify: () => (++calls === 1 ? Promise.reject(outage) : Promise.resolve(verified)) }, { cacheTtlMs: 10_000 });
    await expect(authenticator.authenticate({ 'x-api-key': liveKey })).rejects.toBe(outage);
    await expect(authenticator.authenticate({ 'x-api-key': liveKey })).resolves.toMatchObject({ tenant: 'demo' });
  });
});
