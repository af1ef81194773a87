import type { Identity } from '@groundswell/service-kit';
import type { RateDecision } from './rate-limiter';

type Limiter = { consume(key: string): Promise<RateDecision> };

export interface RequestLimiters {
  tenant: Limiter;
  /** Applied to API-key callers besides their tenant's budget. */
  apiKey?: Limiter;
}

export interface RateRefusal {
  scope: 'api key' | 'tenant';
  retryAfterSeconds: number;
}

const apiKeySubject = /^apikey:(.+)$/;

/**
 * Spends one request of each budget the caller draws on; the first one exhausted refuses it. The
 * key's own budget is checked first, so a throttled integration doesn't eat its tenant's.
 */
export async function consumeRateLimits(identity: Identity, limiters: RequestLimiters): Promise<RateRefusal | null> {
  const keyId = apiKeySubject.exec(identity.sub)?.[1];
  if (keyId && limiters.apiKey) {
    const decision = await limiters.apiKey.consume(`apikey:${keyId}`);
    if (!decision.allowed) return { scope: 'api key', retryAfterSeconds: decision.retryAfterSeconds };
  }
  // Per tenant, so one noisy integration can't starve a tenant's operators of another tenant.
  const decision = await limiters.tenant.consume(`tenant:${identity.tenant}`);
  return decision.allowed ? null : { scope: 'tenant', retryAfterSeconds: decision.retryAfterSeconds };
}
