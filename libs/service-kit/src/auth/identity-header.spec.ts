import { createHmac } from 'node:crypto';
import { AuthError } from './auth.error';
import { identityClockSkewMs, signIdentityHeader, verifyIdentityHeader, type IdentityAssertion } from './identity-header';

const secret = 'identity-secret-that-is-at-least-32-characters';
const now = 1_800_000_000_000;
const maxAgeMs = 60_000;
const verification = { secret, maxAgeMs, now };

const assertion = (overrides: Partial<IdentityAssertion> = {}): IdentityAssertion => ({
  sub: 'u1',
  tenant: 'demo',
  roles: ['community_manager'],
  communities: ['c1'],
  iat: now,
  requestId: 'req-00000001',
  ...overrides,
});

function failureOf(verify: () => unknown): string {
  try {
    verify();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return (error as AuthError).code;
  }
  throw new Error('expected the header to be rejected');
}

const flip = (text: string, index: number) => `${text.slice(0, index)}${text[index] === 'A' ? 'B' : 'A'}${text.slice(index + 1)}`;

describe(verifyIdentityHeader.name, () => {
  it('should return what the gateway signed', () => {
    expect(verifyIdentityHeader(signIdentityHeader(assertion(), secret), verification)).toEqual(assertion());
  });

  it('should carry an explicit permission list, as the identity of an API key has', () => {
    const apiKey = assertion({ sub: 'apikey:k1', roles: ['partner'], permissions: ['members:read', 'audit:read'] });
    expect(verifyIdentityHeader(signIdentityHeader(apiKey, secret), verification)).toEqual(apiKey);
  });

  it('should reject a missing header as IDENTITY_MISSING', () => {
    expect(failureOf(() => verifyIdentityHeader(undefined, verification))).toBe('IDENTITY_MISSING');
    expect(failureOf(() => verifyIdentityHeader('', verification))).toBe('IDENTITY_MISSING');
  });

  it('should reject a payload changed after signing', () => {
    const [, signature] = signIdentityHeader(assertion({ roles: ['volunteer'] }), secret).split('.');
    const escalated = Buffer.from(JSON.stringify(assertion({ roles: ['owner'] }))).toString('base64url');
    expect(failureOf(() => verifyIdentityHeader(`${escalated}.${signature}`, verification))).toBe('IDENTITY_INVALID');
  });

  it('should reject a changed signature', () => {
    const header = signIdentityHeader(assertion(), secret);
    expect(failureOf(() => verifyIdentityHeader(flip(header, header.indexOf('.') + 1), verification))).toBe('IDENTITY_INVALID');
  });

  it('should reject a non-canonical spelling of the right signature', () => {
    // 32 bytes take 43 base64url characters; the last one has two unused bits that decoding ignores.
    const header = signIdentityHeader(assertion(), secret);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = `${header.slice(0, -1)}${alphabet[alphabet.indexOf(header.at(-1)!) ^ 1]}`;
    expect(failureOf(() => verifyIdentityHeader(respelled, verification))).toBe('IDENTITY_INVALID');
  });

  it('should reject a header signed with another secret', () => {
    const header = signIdentityHeader(assertion(), 'another-secret-that-is-at-least-32-characters');
    expect(failureOf(() => verifyIdentityHeader(header, verification))).toBe('IDENTITY_INVALID');
  });

  it.each([
    ['no signature', 'eyJzdWIiOiJ1MSJ9'],
    ['an empty signature', 'eyJzdWIiOiJ1MSJ9.'],
    ['three parts', 'a.b.c'],
    ['characters outside base64url', 'eyJzdWIiOiJ1MSJ9.abc+/='],
  ])('should reject a malformed header with %s', (_case, header) => {
    expect(failureOf(() => verifyIdentityHeader(header, verification))).toBe('IDENTITY_INVALID');
  });

  it.each([
    ['text that is not JSON', 'not json'],
    ['an identity without a tenant', JSON.stringify({ ...assertion(), tenant: undefined })],
    ['an unknown role', JSON.stringify(assertion({ roles: ['superuser' as never] }))],
    ['an unknown permission', JSON.stringify(assertion({ permissions: ['tenant:own-everything' as never] }))],
  ])('should reject a correctly signed payload holding %s', (_case, text) => {
    const payload = Buffer.from(text).toString('base64url');
    const signature = createHmac('sha256', secret).update(payload).digest('base64url');
    expect(failureOf(() => verifyIdentityHeader(`${payload}.${signature}`, verification))).toBe('IDENTITY_INVALID');
  });

  it('should reject a header older than the maximum age plus the clock skew as IDENTITY_STALE', () => {
    const header = signIdentityHeader(assertion({ iat: now - maxAgeMs - identityClockSkewMs - 1 }), secret);
    expect(failureOf(() => verifyIdentityHeader(header, verification))).toBe('IDENTITY_STALE');
  });

  it('should accept a header within the maximum age and the clock skew', () => {
    const oldest = signIdentityHeader(assertion({ iat: now - maxAgeMs - identityClockSkewMs }), secret);
    const fromAClockAhead = signIdentityHeader(assertion({ iat: now + identityClockSkewMs }), secret);
    expect(verifyIdentityHeader(oldest, verification).sub).toBe('u1');
    expect(verifyIdentityHeader(fromAClockAhead, verification).sub).toBe('u1');
  });

  it('should reject a header from further in the future than the clock skew', () => {
    const header = signIdentityHeader(assertion({ iat: now + identityClockSkewMs + 1 }), secret);
    expect(failureOf(() => verifyIdentityHeader(header, verification))).toBe('IDENTITY_STALE');
  });
});
