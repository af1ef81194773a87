import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `gsk_<key id: 24 hex>_<secret: 32 random bytes, base64url>`; the prefix makes leaked keys easy to scan for. */
const keyPattern = /^gsk_([0-9a-f]{24})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyParts {
  keyId: string;
  secret: string;
}

export interface NewApiKeySecret extends ApiKeyParts {
  /** What the caller is shown once. */
  plaintext: string;
  secretHash: string;
}

// The secret carries 256 random bits, so a plain SHA-256 is enough: there is nothing to brute-force.
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function generateApiKey(): NewApiKeySecret {
  const keyId = randomBytes(12).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secret, plaintext: `gsk_${keyId}_${secret}`, secretHash: hashApiKeySecret(secret) };
}

export function parseApiKey(plaintext: string): ApiKeyParts | null {
  const match = keyPattern.exec(plaintext);
  return match ? { keyId: match[1]!, secret: match[2]! } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKeySecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
