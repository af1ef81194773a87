import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A personal field as it is stored in events and read models: readable only while the member's key exists. */
export interface EncryptedField {
  keyId: string;
  iv: string;
  ciphertext: string;
  tag: string;
}

const ALGORITHM = 'aes-256-gcm';

/** AES-256-GCM; the associated data binds a ciphertext to its member, so it can't be moved to another. */
export function encryptField(key: Buffer, keyId: string, plaintext: string, associatedData: string): EncryptedField {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { keyId, iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

export function decryptField(key: Buffer, field: EncryptedField, associatedData: string): string {
  const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(field.iv, 'base64'));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(Buffer.from(field.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(field.ciphertext, 'base64')), decipher.final()]).toString('utf8');
}

/** Member keys are stored wrapped by the service's key-encryption key, never in the clear. */
export function wrapKey(keyEncryptionKey: Buffer, memberKey: Buffer, associatedData: string): Buffer {
  const field = encryptField(keyEncryptionKey, 'kek', memberKey.toString('base64'), associatedData);
  return Buffer.from(JSON.stringify(field));
}

export function unwrapKey(keyEncryptionKey: Buffer, wrapped: Buffer, associatedData: string): Buffer {
  return Buffer.from(decryptField(keyEncryptionKey, JSON.parse(wrapped.toString()) as EncryptedField, associatedData), 'base64');
}
