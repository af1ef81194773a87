import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AuthError } from './auth.error';
import { identitySchema } from './identity';

/** Set by the gateway only; a subgraph trusts nothing else about the caller. */
export const IDENTITY_HEADER = 'x-groundswell-identity';

/** Gateway and subgraph clocks may disagree by this much. */
export const identityClockSkewMs = 5_000;

const assertionSchema = identitySchema.extend({
  /** When the gateway signed it, in milliseconds since the epoch. */
  iat: z.number().int().nonnegative(),
  requestId: z.string().min(1),
});

/** The signed statement "the gateway verified this caller", as it travels to a subgraph. */
export type IdentityAssertion = z.output<typeof assertionSchema>;

export interface IdentityHeaderVerification {
  secret: string;
  maxAgeMs: number;
  now?: number;
}

const base64url = /^[A-Za-z0-9_-]+$/;

function signature(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

export function signIdentityHeader(assertion: IdentityAssertion, secret: string): string {
  const payload = Buffer.from(JSON.stringify(assertion)).toString('base64url');
  return `${payload}.${signature(payload, secret).toString('base64url')}`;
}

/** Returns the assertion when the header is present, signed with `secret` and fresh; otherwise throws an AuthError. */
export function verifyIdentityHeader(header: string | undefined, { secret, maxAgeMs, now = Date.now() }: IdentityHeaderVerification): IdentityAssertion {
  if (!header) throw new AuthError('IDENTITY_MISSING', 'The request carries no internal identity; call this service through the gateway');
  const invalid = new AuthError('IDENTITY_INVALID', 'The internal identity is not valid');
  const [payload, mac, ...rest] = header.split('.');
  if (rest.length > 0 || !payload || !mac || !base64url.test(payload) || !base64url.test(mac)) throw invalid;
  const given = Buffer.from(mac, 'base64url');
  const expected = signature(payload, secret);
  // Re-encoding rejects non-canonical spellings whose unused trailing bits decode to the same bytes.
  if (given.length !== expected.length || given.toString('base64url') !== mac || !timingSafeEqual(given, expected)) throw invalid;
  let assertion: IdentityAssertion;
  try {
    assertion = assertionSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw invalid;
  }
  const ageMs = now - assertion.iat;
  if (ageMs > maxAgeMs + identityClockSkewMs || ageMs < -identityClockSkewMs) {
    throw new AuthError('IDENTITY_STALE', 'The internal identity has expired');
  }
  return assertion;
}
