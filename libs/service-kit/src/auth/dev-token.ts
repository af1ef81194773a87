// Erasable TypeScript only: also imported by scripts/token.ts and scripts/start.ts, which Node runs directly.
import { SignJWT } from 'jose';
import type { TokenSigningSettings } from './development-credentials';

export interface DevTokenClaims {
  sub: string;
  tenant: string;
  /** Not checked here, so tests can also sign tokens the gateway must refuse. */
  roles: readonly string[];
  communities?: readonly string[];
}

export interface DevTokenOptions extends TokenSigningSettings {
  ttlSeconds?: number;
  /** Seconds since the epoch; defaults to now. */
  issuedAt?: number;
}

/** An HS256 token the gateway accepts when it has the same secret: for development and tests only. */
export async function signDevToken(claims: DevTokenClaims, options: DevTokenOptions): Promise<string> {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const token = new SignJWT({
    tenant: claims.tenant,
    roles: [...claims.roles],
    ...(claims.communities ? { communities: [...claims.communities] } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.ttlSeconds ?? 3600));
  if (options.issuer) token.setIssuer(options.issuer);
  if (options.audience) token.setAudience(options.audience);
  return token.sign(new TextEncoder().encode(options.secret));
}
