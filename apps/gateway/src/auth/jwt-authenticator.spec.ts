import { AuthError, signDevToken, type DevTokenClaims } from '@groundswell/service-kit';
import { createLocalJWKSet, errors as jwtErrors, exportJWK, generateKeyPair, SignJWT, type JWTVerifyGetKey } from 'jose';
import { JwtAuthenticator } from './jwt-authenticator';

const secret = 'test-secret-that-is-at-least-32-characters-long';
const now = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const claims = (overrides: Partial<DevTokenClaims> = {}): DevTokenClaims => ({ sub: 'u1', tenant: 'demo', roles: ['owner'], ...overrides });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function rejectionOf(promise: Promise<unknown>): Promise<AuthError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AuthError);
  return error as AuthError;
}

async function es256Keys() {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] });
  const sign = (payload: Record<string, unknown>) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setSubject('u1').setIssuedAt().setExpirationTime('1h').sign(privateKey);
  return { jwks, sign };
}

describe(JwtAuthenticator.name, () => {
  const authenticator = new JwtAuthenticator({ secret });

  it('should return the identity of a valid HS256 token', async () => {
    const token = await signDevToken(claims({ roles: ['owner', 'analyst'], communities: ['c1'] }), { secret });
    await expect(authenticator.authenticate(bearer(token))).resolves.toEqual({ sub: 'u1', tenant: 'demo', roles: ['owner', 'analyst'], communities: ['c1'] });
  });

  it('should return null when the request has no bearer token, leaving it to other authenticators', async () => {
    await expect(authenticator.authenticate({})).resolves.toBeNull();
    await expect(authenticator.authenticate({ authorization: 'Basic dTpw' })).resolves.toBeNull();
  });

  it('should reject an expired token with TOKEN_EXPIRED', async () => {
    const token = await signDevToken(claims(), { secret, issuedAt: now() - 7200, ttlSeconds: 3600 });
    expect((await rejectionOf(authenticator.authenticate(bearer(token)))).code).toBe('TOKEN_EXPIRED');
  });

  it('should reject a token signed with another key', async () => {
    const token = await signDevToken(claims(), { secret: 'another-secret-that-is-at-least-32-characters' });
    const error = await rejectionOf(authenticator.authenticate(bearer(token)));
    expect(error.code).toBe('TOKEN_INVALID');
    expect(error.category).toBe('UNAUTHENTICATED');
  });

  it('should reject a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await signDevToken(claims({ roles: ['volunteer'] }), { secret })).split('.');
    const forged = `${header}.${base64url({ sub: 'u1', tenant: 'demo', roles: ['owner'], exp: now() + 3600 })}.${signature}`;
    expect((await rejectionOf(authenticator.authenticate(bearer(forged)))).code).toBe('TOKEN_INVALID');
  });

  it('should reject an unsigned token (alg: none)', async () => {
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims(), exp: now() + 3600 })}.`;
    expect((await rejectionOf(authenticator.authenticate(bearer(unsigned)))).code).toBe('TOKEN_INVALID');
  });

  it('should reject an algorithm it was not configured for', async () => {
    const { sign } = await es256Keys();
    const token = await sign({ tenant: 'demo', roles: ['owner'] });
    expect((await rejectionOf(authenticator.authenticate(bearer(token)))).code).toBe('TOKEN_INVALID');
  });

  it('should reject a token without a tenant', async () => {
    const token = await new SignJWT({ roles: ['owner'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setExpirationTime('1h').sign(new TextEncoder().encode(secret));
    const error = await rejectionOf(authenticator.authenticate(bearer(token)));
    expect(error.code).toBe('TOKEN_CLAIMS_INVALID');
    expect(error.message).toContain('tenant');
  });

  it('should reject a token with an unknown role', async () => {
    const token = await signDevToken(claims({ roles: ['owner', 'superuser'] }), { secret });
    const error = await rejectionOf(authenticator.authenticate(bearer(token)));
    expect(error.code).toBe('TOKEN_CLAIMS_INVALID');
    expect(error.message).toContain('roles');
  });

  it('should ignore a permissions claim, so a token cannot grant itself more than its roles', async () => {
    const token = await new SignJWT({ tenant: 'demo', roles: ['analyst'], permissions: ['tenant:administer'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    await expect(authenticator.authenticate(bearer(token))).resolves.toEqual({ sub: 'u1', tenant: 'demo', roles: ['analyst'] });
  });

  it('should reject a token without an expiry', async () => {
    const token = await new SignJWT({ tenant: 'demo', roles: ['owner'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').sign(new TextEncoder().encode(secret));
    expect((await rejectionOf(authenticator.authenticate(bearer(token)))).code).toBe('TOKEN_CLAIMS_INVALID');
  });

  it('should reject garbage in place of a token', async () => {
    expect((await rejectionOf(authenticator.authenticate(bearer('not-a-jwt')))).code).toBe('TOKEN_INVALID');
  });

  it('should check issuer and audience when configured', async () => {
    const strict = new JwtAuthenticator({ secret, issuer: 'https://id.example', audience: 'groundswell' });
    const matching = await signDevToken(claims(), { secret, issuer: 'https://id.example', audience: 'groundswell' });
    const otherAudience = await signDevToken(claims(), { secret, issuer: 'https://id.example', audience: 'elsewhere' });
    const noIssuer = await signDevToken(claims(), { secret, audience: 'groundswell' });
    await expect(strict.authenticate(bearer(matching))).resolves.toMatchObject({ tenant: 'demo' });
    expect((await rejectionOf(strict.authenticate(bearer(otherAudience)))).code).toBe('TOKEN_CLAIMS_INVALID');
    expect((await rejectionOf(strict.authenticate(bearer(noIssuer)))).code).toBe('TOKEN_CLAIMS_INVALID');
  });

  it('should accept ES256 tokens from its JWKS and refuse HS256 tokens when it has no secret', async () => {
    const { jwks, sign } = await es256Keys();
    const keyed = new JwtAuthenticator({ jwks });
    await expect(keyed.authenticate(bearer(await sign({ tenant: 'demo', roles: ['analyst'] })))).resolves.toMatchObject({ roles: ['analyst'] });
    const hs256 = await signDevToken(claims(), { secret });
    expect((await rejectionOf(keyed.authenticate(bearer(hs256)))).code).toBe('TOKEN_INVALID');
  });

  it('should refuse to be built without any key', () => {
    expect(() => new JwtAuthenticator({})).toThrow(/secret, a JWKS/);
  });

  describe('verified tokens, remembered', () => {
    const at = (clock: { seconds: number }, keys: Omit<ConstructorParameters<typeof JwtAuthenticator>[0], 'now'>) =>
      new JwtAuthenticator({ ...keys, now: () => clock.seconds * 1000 });
    async function countedKeys() {
      const { jwks, sign } = await es256Keys();
      const asked = { times: 0 };
      const counted: JWTVerifyGetKey = (header, token) => {
        asked.times++;
        return jwks(header, token);
      };
      return { jwks: counted, sign, asked };
    }

    it('should verify a token once for a caller that sends it again, and a new token anew', async () => {
      const { jwks, sign, asked } = await countedKeys();
      const keyed = at({ seconds: now() }, { jwks });
      const first = await sign({ tenant: 'demo', roles: ['analyst'] });
      await keyed.authenticate(bearer(first));
      await expect(keyed.authenticate(bearer(first))).resolves.toMatchObject({ roles: ['analyst'] });
      expect(asked.times).toBe(1);
      await keyed.authenticate(bearer(await sign({ tenant: 'demo', roles: ['owner'] })));
      expect(asked.times).toBe(2);
    });

    it('should refuse a remembered token once it has expired', async () => {
      const clock = { seconds: now() };
      const authenticator = at(clock, { secret });
      const token = await signDevToken(claims(), { secret, issuedAt: clock.seconds, ttlSeconds: 30 });
      await expect(authenticator.authenticate(bearer(token))).resolves.toMatchObject({ tenant: 'demo' });
      clock.seconds += 40;
      expect((await rejectionOf(authenticator.authenticate(bearer(token)))).code).toBe('TOKEN_EXPIRED');
    });

    it('should verify a long-lived token again after a minute, so a key taken out of the JWKS stops working', async () => {
      const { jwks, sign, asked } = await countedKeys();
      const clock = { seconds: now() };
      const keyed = at(clock, { jwks });
      const token = await sign({ tenant: 'demo', roles: ['analyst'] });
      await keyed.authenticate(bearer(token));
      clock.seconds += 59;
      await keyed.authenticate(bearer(token));
      expect(asked.times).toBe(1);
      clock.seconds += 2;
      await keyed.authenticate(bearer(token));
      expect(asked.times).toBe(2);
    });

    it('should not remember a refusal: a token refused while its key was unknown passes once the key is known', async () => {
      const { jwks, sign } = await es256Keys();
      const keySet = { known: false };
      const rotating: JWTVerifyGetKey = (header, token) => (keySet.known ? jwks(header, token) : Promise.reject(new jwtErrors.JWKSNoMatchingKey()));
      const keyed = at({ seconds: now() }, { jwks: rotating });
      const token = await sign({ tenant: 'demo', roles: ['analyst'] });
      expect((await rejectionOf(keyed.authenticate(bearer(token)))).code).toBe('TOKEN_INVALID');
      keySet.known = true;
      await expect(keyed.authenticate(bearer(token))).resolves.toMatchObject({ roles: ['analyst'] });
    });
  });
});
