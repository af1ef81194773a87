import { AppError, httpStatusOf } from '@groundswell/service-kit';
import { normaliseIdentity } from '../membership/identity/normalise';
import { MemberDomainError, memberDomainErrorCodes, type MemberDomainErrorCode } from './member-domain.error';

const codes = Object.keys(memberDomainErrorCodes) as MemberDomainErrorCode[];

describe(MemberDomainError.name, () => {
  it('should carry its precise code and the public category of that code', () => {
    const error = new MemberDomainError('INSUFFICIENT_POINTS', 'Only 3 points can be spent', { spendable: 3 });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INSUFFICIENT_POINTS', category: 'CONFLICT', details: { spendable: 3 }, name: 'MemberDomainError' });
  });

  it.each(codes)('should answer %s as a client error (4xx), never as a server fault', (code) => {
    const status = httpStatusOf[new MemberDomainError(code, 'refused').category];
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
  });

  it('should reject a malformed identity with its precise code and a 400', () => {
    let thrown: unknown;
    try {
      normaliseIdentity({ kind: 'phone', value: 'call me' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'INVALID_PHONE_NUMBER', category: 'BAD_USER_INPUT' });
    expect(httpStatusOf[(thrown as MemberDomainError).category]).toBe(400);
  });
});
