import { generateApiKey, hashApiKeySecret, parseApiKey, secretMatches } from './api-key-secret';

describe(generateApiKey.name, () => {
  it('should print a key that parses back into its id and secret', () => {
    const key = generateApiKey();
    expect(key.plaintext).toMatch(/^gsk_[0-9a-f]{24}_/);
    expect(parseApiKey(key.plaintext)).toEqual({ keyId: key.keyId, secret: key.secret });
  });

  it('should keep only a hash that is not the secret', () => {
    const key = generateApiKey();
    expect(key.secretHash).not.toContain(key.secret);
    expect(secretMatches(key.secret, key.secretHash)).toBe(true);
  });

  it('should never issue the same key twice', () => {
    const ids = new Set(Array.from({ length: 50 }, () => generateApiKey().plaintext));
    expect(ids.size).toBe(50);
  });
});

describe(parseApiKey.name, () => {
  it.each(['', 'gsk_', 'Bearer abc', `gsk_${'a'.repeat(24)}`, `gsk_${'G'.repeat(24)}_${'a'.repeat(43)}`, `xsk_${'a'.repeat(24)}_${'a'.repeat(43)}`])(
    'should not recognise %p as a key',
    (text) => {
      expect(parseApiKey(text)).toBeNull();
    },
  );
});

describe(secretMatches.name, () => {
  it('should refuse another secret and a malformed stored hash', () => {
    const { secret, secretHash } = generateApiKey();
    const another = `${secret[0] === 'A' ? 'B' : 'A'}${secret.slice(1)}`;
    expect(secretMatches(another, secretHash)).toBe(false);
    expect(secretMatches(secret, 'abcd')).toBe(false);
    expect(secretMatches(secret, hashApiKeySecret('other'))).toBe(false);
  });
});
