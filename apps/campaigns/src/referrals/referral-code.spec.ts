import { newReferralCode, normaliseReferralCode } from './referral-code';

describe(newReferralCode.name, () => {
  it('should make 12 unambiguous symbols after the R- prefix, different every time', () => {
    const codes = Array.from({ length: 1000 }, newReferralCode);
    for (const code of codes) expect(code).toMatch(/^R-[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe(normaliseReferralCode.name, () => {
  it('should read a code typed in any case with stray spaces and dashes', () => {
    expect(normaliseReferralCode(' r-7kq2 m9xd-r4ta ')).toBe('R-7KQ2M9XDR4TA');
  });

  it('should leave something that is not a code unmatched', () => {
    expect(normaliseReferralCode('hello')).toBe('HELLO');
  });
});
