import type { IncomingHttpHeaders } from 'node:http';
import { AuthError, type Identity } from '@groundswell/service-kit';
import type { Authenticator } from './authenticator';
import type { ApiKeyVerifier, VerifiedApiKey } from './api-key-verifier';
import { VerificationCache } from './verification-cache';

const apiKeyScheme = /^ApiKey +(\S+) *$/i;
const MAX_CACHED_KEYS = 10_000;
// The access service's verification contract: no key it issues is longer.
const MAX_API_KEY_LENGTH = 200;

export interface ApiKeyAuthenticatorOptions {
  /** How long a verification (either way) is trusted: a revoked key works at most this much longer. */
  cacheTtlMs: number;
  now?: () => number;
}

/** The identity an API key acts as: its own subject, its tenant, exactly its permissions. */
export function apiKeyIdentity(key: VerifiedApiKey): Identity {
  return {
    sub: `apikey:${key.keyId}`,
    tenant: key.tenantId,
    // Roles grant nothing here (the explicit list wins); `partner` says what kind of caller it is.
    roles: ['partner'],
    permissions: key.permissions,
    ...(key.communityIds ? { communities: key.communityIds } : {}),
  };
}

/** `Authorization: ApiKey gsk_…` or `x-api-key: gsk_…`, verified by the access service and cached briefly. */
export class ApiKeyAuthenticator implements Authenticator {
  private readonly cache: VerificationCache<VerifiedApiKey | null>;

  constructor(
    private readonly verifier: ApiKeyVerifier,
    private readonly options: ApiKeyAuthenticatorOptions,
  ) {
    this.cache = new VerificationCache(MAX_CACHED_KEYS, options.now);
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<Identity | null> {
    const presented = apiKeyScheme.exec(headers.authorization ?? '')?.[1] ?? single(headers['x-api-key']);
    if (!presented) return null;
    const key = presented.length <= MAX_API_KEY_LENGTH ? await this.verified(presented) : null;
    if (!key) throw new AuthError('TOKEN_INVALID', 'The API key is not valid');
    return apiKeyIdentity(key);
  }

  private verified(presented: string): Promise<VerifiedApiKey | null> {
    const now = this.options.now ?? Date.now;
    return this.cache.get(presented, async () => ({ value: await this.verifier.verify(presented), trustedUntil: now() + this.options.cacheTtlMs }));
  }
}

function single(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.trim() || undefined;
}
