import { isUuid } from './uuid';

describe(isUuid.name, () => {
  it.each(['0b6d3f4e-8a1c-4c2e-9f5a-1d2e3f4a5b6c', '0B6D3F4E-8A1C-4C2E-9F5A-1D2E3F4A5B6C', '00000000-0000-0000-0000-000000000000', '11111111-1111-1111-1111-111111111111'])(
    'should take %s, as PostgreSQL would',
    (value) => {
      expect(isUuid(value)).toBe(true);
    },
  );

  it.each(['', 'member-1', '0b6d3f4e8a1c4c2e9f5a1d2e3f4a5b6c', '{0b6d3f4e-8a1c-4c2e-9f5a-1d2e3f4a5b6c}', '0b6d3f4e-8a1c-4c2e-9f5a-1d2e3f4a5b6g', '0b6d3f4e-8a1c-4c2e-9f5a-1d2e3f4a5b6c\n', ' 0b6d3f4e-8a1c-4c2e-9f5a-1d2e3f4a5b6c'])(
    'should refuse %j',
    (value) => {
      expect(isUuid(value)).toBe(false);
    },
  );

  it('should refuse what is not text', () => {
    expect(isUuid(42)).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
