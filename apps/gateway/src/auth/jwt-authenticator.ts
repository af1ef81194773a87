import type { IncomingHttpHeaders } from 'node:http';
import { AuthError, identitySchema, type Identity } from '@groundswell/service-kit';
import { errors, jwtVerify, type JWTHeaderParameters, type JWTVerifyGetKey, type FlattenedJWSInput } from 'jose';
import type { Authenticator } from './authenticator';
import { VerificationCache, type Verified } from './verification-cache';

export interface JwtKeys {
  /** Shared HS256 secret. */
  secret?: string;
  /** RS256 / ES256 public keys, e.g. `createRemoteJWKSet(url)`. */
  jwks?: JWTVerifyGetKey;
  /** Checked when set. */
  issuer?: string;
  /** Checked when set. */
  audience?: string;
  now?: () => number;
}

const asymmetricAlgorithms = ['RS256', 'ES256'];
const clockToleranceSeconds = 5;
const bearer = /^Bearer +(\S+) *$/i;
const MAX_CACHED_TOKENS = 10_000;
// A verified token is trusted until it expires, but for a minute at most: a signing key taken out
// of the JWKS stops working within that minute.
const MAX_TRUST_MS = 60_000;

// An explicit permission list belongs to API keys; a token's roles are all it may claim.
const tokenClaimsSchema = identitySchema.omit({ permissions: true });

/** Faults of the key server, not of the caller's token: they surface as INTERNAL, not UNAUTHENTICATED. */
const keySourceFailures = [errors.JWKSTimeout, errors.JWKSInvalid];

function rejection(error: unknown): unknown {
  if (error instanceof errors.JWTExpired) return new AuthError('TOKEN_EXPIRED', 'The token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) return new AuthError('TOKEN_CLAIMS_INVALID', `The token's ${error.claim} claim is not valid`);
  if (error instanceof errors.JOSEError && !keySourceFailures.some((failure) => error instanceof failure)) {
    return new AuthError('TOKEN_INVALID', 'The token is not valid');
  }
  return error;
}

/**
 * Verifies `Authorization: Bearer <JWT>`: only the configured algorithms, signature, expiry, issuer,
 * audience, then our claims. A caller sends the same token with every request, so its verification is
 * cached (verifying was a tenth of the gateway's CPU per request, docs/benchmarks.md).
 */
export class JwtAuthenticator implements Authenticator {
  private readonly algorithms: string[];
  private readonly secret?: Uint8Array;
  private readonly now: () => number;
  private readonly verified: VerificationCache<Identity>;

  constructor(private readonly keys: JwtKeys) {
    if (!keys.secret && !keys.jwks) throw new Error('JwtAuthenticator needs a secret, a JWKS or both');
    this.secret = keys.secret ? new TextEncoder().encode(keys.secret) : undefined;
    this.algorithms = [...(keys.secret ? ['HS256'] : []), ...(keys.jwks ? asymmetricAlgorithms : [])];
    this.now = keys.now ?? Date.now;
    this.verified = new VerificationCache(MAX_CACHED_TOKENS, this.now);
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<Identity | null> {
    const token = bearer.exec(headers.authorization ?? '')?.[1];
    if (!token) return null;
    return this.verified.get(token, () => this.verify(token));
  }

  private async verify(token: string): Promise<Verified<Identity>> {
    const { payload } = await jwtVerify(token, (header, jws) => this.keyFor(header, jws), {
      algorithms: this.algorithms,
      issuer: this.keys.issuer,
      audience: this.keys.audience,
      requiredClaims: ['exp', 'sub'],
      clockTolerance: clockToleranceSeconds,
      currentDate: new Date(this.now()),
    }).catch((error: unknown) => {
      throw rejection(error);
    });
    const claims = tokenClaimsSchema.safeParse(payload);
    if (!claims.success) {
      const fields = [...new Set(claims.error.issues.map((issue) => String(issue.path[0])))].join(', ');
      throw new AuthError('TOKEN_CLAIMS_INVALID', `The token's claims are not valid: ${fields}`);
    }
    return { value: claims.data, trustedUntil: Math.min(payload.exp! * 1000, this.now() + MAX_TRUST_MS) };
  }

  // jose has already refused any algorithm outside `this.algorithms`, so the key asked for exists.
  private keyFor(header: JWTHeaderParameters, jws: FlattenedJWSInput) {
    return header.alg === 'HS256' ? this.secret! : this.keys.jwks!(header, jws);
  }
}
