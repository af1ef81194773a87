import { MemberDomainError } from '../../shared/member-domain.error';
import { normaliseEmail, normaliseIdentity } from './normalise';
import { normalisePhoneNumber } from './phone-number';

const rejection = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof MemberDomainError) return error.code;
    throw error;
  }
  return undefined;
};

describe(normalisePhoneNumber.name, () => {
  it.each([
    ['13800138000', '+8613800138000'],
    ['138 0013 8000', '+8613800138000'],
    ['138-0013-8000', '+8613800138000'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['(+86) 13800138000', '+8613800138000'],
    ['0086 13800138000', '+8613800138000'],
    ['8613800138000', '+8613800138000'],
    ['１３８００１３８０００', '+8613800138000'],
    ['+852 9123 4567', '+85291234567'],
    ['+1 (415) 555-0132', '+14155550132'],
    ['0044 20 7946 0958', '+442079460958'],
  ])('should turn %s into %s', (raw, e164) => {
    expect(normalisePhoneNumber(raw)).toBe(e164);
  });

  it.each([
    ['a mainland landline without its area code', '6234 5678'],
    ['a +86 number that is neither mobile nor landline', '+86 21 234'],
    ['a mainland number that is too short', '1380013800'],
    ['a number starting 12', '12800138000'],
    ['letters', '138-CALL-NOW'],
    ['an extension', '+14155550132 ext 12'],
    ['a plus in the middle', '86+13800138000'],
    ['too many digits', '+1234567890123456'],
    ['too few digits', '+12345'],
    ['a country code starting with 0', '+0123456789'],
    ['nothing', '  '],
  ])('should reject %s', (_, raw) => {
    expect(rejection(() => normalisePhoneNumber(raw))).toBe('INVALID_PHONE_NUMBER');
  });

  it.each([
    ['a Shanghai landline with its area code', '021 6234 5678', '+862162345678'],
    ['a Beijing landline with +86', '+86 10 6552 9988', '+861065529988'],
    ['a Shenzhen landline with 0086', '0086 755 8376 5000', '+8675583765000'],
    ['a mainland mobile with +86', '+86 139 1234 5678', '+8613912345678'],
    ['a mainland mobile without a country code', '139-1234-5678', '+8613912345678'],
    ['a Hong Kong landline', '+852 2123 4567', '+85221234567'],
    ['a Hong Kong mobile', '00852 6123 4567', '+85261234567'],
    ['a Macau mobile', '+853 6612 3456', '+85366123456'],
    ['a Macau landline', '+853 2888 1234', '+85328881234'],
    ['a Taiwan mobile written with its trunk 0', '+886 0912 345 678', '+886912345678'],
    ['a Taipei landline', '+886 2 2345 6789', '+886223456789'],
  ])('should accept %s', (_, raw, e164) => {
    expect(normalisePhoneNumber(raw)).toBe(e164);
  });

  it.each([
    ['a Hong Kong number one digit short', '+852 2123 456'],
    ['a Macau number one digit short', '+853 6612 345'],
    ['a Taiwan mobile one digit long', '+886 912 345 6789'],
  ])('should reject %s', (_, raw) => {
    expect(rejection(() => normalisePhoneNumber(raw))).toBe('INVALID_PHONE_NUMBER');
  });
});

describe(normaliseEmail.name, () => {
  it('should lower-case and trim an address, keeping dots and tags', () => {
    expect(normaliseEmail('  Li.Wei+Run@Example.COM ')).toBe('li.wei+run@example.com');
  });

  it('should read full-width input', () => {
    expect(normaliseEmail('ｌｉ＠ｅｘａｍｐｌｅ．ｃｎ')).toBe('li@example.cn');
  });

  it.each(['li', 'li@', '@example.com', 'li@@example.com', 'li@example', 'li wei@example.com', '.li@example.com'])(
    'should reject %s',
    (raw) => {
      expect(rejection(() => normaliseEmail(raw))).toBe('INVALID_EMAIL');
    },
  );
});

describe(normaliseIdentity.name, () => {
  it('should keep the case of a platform id and require its app scope', () => {
    expect(normaliseIdentity({ kind: 'wechat_openid', scope: ' wx1234abcd ', value: ' oAbC-123_xYz ' })).toEqual({
      kind: 'wechat_openid',
      scope: 'wx1234abcd',
      value: 'oAbC-123_xYz',
    });
  });

  it('should upper-case a QQ openid and lower-case a Xiaohongshu handle', () => {
    expect(normaliseIdentity({ kind: 'qq_openid', scope: '1101', value: 'a'.repeat(32) }).value).toBe('A'.repeat(32));
    expect(normaliseIdentity({ kind: 'xiaohongshu_id', value: 'RunLi_88' }).value).toBe('runli_88');
  });

  it('should normalise phone and email identities', () => {
    expect(normaliseIdentity({ kind: 'phone', value: '138 0013 8000' })).toEqual({ kind: 'phone', value: '+8613800138000' });
    expect(normaliseIdentity({ kind: 'email', value: 'LI@EXAMPLE.COM' })).toEqual({ kind: 'email', value: 'li@example.com' });
  });

  it.each([
    ['an openid without its app', { kind: 'wechat_openid' as const, value: 'oAbC123456' }],
    ['a WeCom external user id without its corp', { kind: 'wecom_external_userid' as const, value: 'wmAbC123456' }],
    ['a scope on an unscoped kind', { kind: 'wechat_unionid' as const, scope: 'wx1', value: 'oUnion123456' }],
    ['an openid with spaces inside', { kind: 'douyin_openid' as const, scope: 'aw1', value: 'abc def ghi' }],
    ['a Weibo uid with letters', { kind: 'weibo_uid' as const, value: '12345abc' }],
    ['a Discord id that is too short', { kind: 'discord_user_id' as const, value: '12345' }],
    ['a QQ openid that is not hex', { kind: 'qq_openid' as const, scope: '1101', value: 'z'.repeat(32) }],
  ])('should reject %s', (_, input) => {
    expect(rejection(() => normaliseIdentity(input))).toBe('INVALID_IDENTITY');
  });
});
