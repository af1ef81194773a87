import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { AuthError, type Identity } from '@groundswell/service-kit';
import type { Authenticator } from './authenticator';
import type { ApiKeyVerifier, VerifiedApiKey } from './api-key-verifier';

const apiKeyScheme = /^ApiKey +(\S+) *$/i;
const MAX_CACHED_KEYS = 10_000;
// The access service's verification contract: no key it issues is longer.
const MAX_API_KEY_LENGTH = 200;

interface CachedVerification {
  /** Shared by concurrent requests with the same key, so a burst asks the access service once. */
  key: Promise<VerifiedApiKey | null>;
  expiresAt: number;
}

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
  private readonly cache = new Map<string, CachedVerification>();
  private readonly now: () => number;

  constructor(
    private readonly verifier: ApiKeyVerifier,
    private readonly options: ApiKeyAuthenticatorOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<Identity | null> {
    const presented = apiKeyScheme.exec(headers.authorization ?? '')?.[1] ?? single(headers['x-api-key']);
    if (!presented) return null;
    const key = presented.length <= MAX_API_KEY_LENGTH ? await this.verified(presented) : null;
    if (!key) throw new AuthError('TOKEN_INVALID', 'The API key is not valid');
    return apiKeyIdentity(key);
  }

  private async verified(presented: string): Promise<VerifiedApiKey | null> {
    // Cached under a hash, so a heap dump doesn't hand out working keys.
    const cacheKey = createHash('sha256').update(presented).digest('base64url');
    const cached = this.cache.get(cacheKey);
    if (cached && cached.expiresAt > this.now()) return cached.key;
    const key = this.verifier.verify(presented);
    this.cache.delete(cacheKey);
    if (this.cache.size >= MAX_CACHED_KEYS) this.cache.delete(this.cache.keys().next().value!);
    const entry = { key, expiresAt: this.now() + this.options.cacheTtlMs };
    this.cache.set(cacheKey, entry);
    // A failed verification is not an answer: the next request asks again.
    key.catch(() => this.cache.get(cacheKey) === entry && this.cache.delete(cacheKey));
    return key;
  }
}

function single(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.trim() || undefined;
}
