import { randomBytes } from 'node:crypto';
import { decryptField, encryptField, unwrapKey, wrapKey } from './field-cipher';

describe('field cipher', () => {
  const key = randomBytes(32);

  it('should round-trip a personal field', () => {
    const field = encryptField(key, 'k1', '张伟 +8613800138000', 'tenant-a:member-1');
    expect(field.ciphertext).not.toContain('张伟');
    expect(decryptField(key, field, 'tenant-a:member-1')).toBe('张伟 +8613800138000');
  });

  it('should refuse to decrypt with another member binding or another key', () => {
    const field = encryptField(key, 'k1', 'secret', 'tenant-a:member-1');
    expect(() => decryptField(key, field, 'tenant-a:member-2')).toThrow();
    expect(() => decryptField(randomBytes(32), field, 'tenant-a:member-1')).toThrow();
  });

  it('should detect a tampered ciphertext', () => {
    const field = encryptField(key, 'k1', 'secret', 'aad');
    const bytes = Buffer.from(field.ciphertext, 'base64');
    bytes[0] ^= 1;
    expect(() => decryptField(key, { ...field, ciphertext: bytes.toString('base64') }, 'aad')).toThrow();
  });

  it('should wrap and unwrap a member key with the key-encryption key', () => {
    const memberKey = randomBytes(32);
    const wrapped = wrapKey(key, memberKey, 'tenant-a:member-1');
    expect(wrapped.includes(memberKey)).toBe(false);
    expect(unwrapKey(key, wrapped, 'tenant-a:member-1').equals(memberKey)).toBe(true);
  });
});
