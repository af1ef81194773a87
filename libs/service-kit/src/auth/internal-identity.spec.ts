import { AuthError } from './auth.error';
import { IDENTITY_HEADER, signIdentityHeader } from './identity-header';
import { internalIdentityFrom, internalIdentityOfRequest } from './internal-identity';

const secret = 'internal-identity-spec-secret-0123456789';
const verification = { secret, maxAgeMs: 60_000 };
const caller = { sub: 'u1', tenant: 't1', roles: ['owner' as const], communities: ['c1'] };
const header = (iat = Date.now()) => signIdentityHeader({ ...caller, iat, requestId: 'r1' }, secret);

describe(internalIdentityFrom.name, () => {
  it('should give the identity the gateway signed, without the signing metadata', () => {
    expect(internalIdentityFrom(header(), verification)).toEqual(caller);
    expect(internalIdentityOfRequest({ [IDENTITY_HEADER]: header() }, verification)).toEqual(caller);
  });

  it.each([
    ['missing', undefined, 'IDENTITY_MISSING'],
    ['signed with another secret', signIdentityHeader({ ...caller, iat: Date.now(), requestId: 'r1' }, `${secret}-other`), 'IDENTITY_INVALID'],
    ['too old', header(Date.now() - 120_000), 'IDENTITY_STALE'],
  ])('should refuse a header that is %s', (_, value, code) => {
    expect(() => internalIdentityOfRequest({ [IDENTITY_HEADER]: value }, verification)).toThrow(expect.objectContaining({ code }) as AuthError);
  });
});
