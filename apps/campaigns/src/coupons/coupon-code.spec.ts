import { newCouponCode, normaliseCouponCode } from './coupon-code';

describe(newCouponCode.name, () => {
  it('should make 16 unambiguous symbols in four groups, different every time', () => {
    const codes = Array.from({ length: 2000 }, newCouponCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe(normaliseCouponCode.name, () => {
  it('should read a code typed in lower case, with spaces or without separators', () => {
    expect(normaliseCouponCode('7kq2 m9xd r4ta h0pz')).toBe('7KQ2-M9XD-R4TA-H0PZ');
    expect(normaliseCouponCode('7KQ2M9XDR4TAH0PZ')).toBe('7KQ2-M9XD-R4TA-H0PZ');
  });
});
