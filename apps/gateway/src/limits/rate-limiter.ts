import { deploymentKeyPrefix, type RedisClient, type ServiceConfig } from '@groundswell/service-kit';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * One-second budgets per key counted in Redis (rate-limiter-flexible), so every gateway replica
 * shares one budget. While Redis is unreachable each replica keeps the same budget in memory: the
 * API stays up and is still limited, if by up to one budget per replica.
 */
export class RedisRateLimiter {
  private readonly limiter: RateLimiterRedis;

  /** `keyPrefix`: the deployment's (`deploymentKeyPrefix`), so deployments sharing a Redis keep their own budgets. */
  constructor(redis: RedisClient, limitPerSecond: number, keyPrefix = '') {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: `${keyPrefix}gs:rate`,
      points: limitPerSecond,
      duration: 1,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: 'gs:rate:local', points: limitPerSecond, duration: 1 }),
    });
  }

  async consume(key: string): Promise<RateDecision> {
    try {
      await this.limiter.consume(key);
      return { allowed: true, retryAfterSeconds: 0 };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }
}

/** The gateway's budgets (per tenant, per API key) in the deployment's own Redis keys. */
export function gatewayRateLimiters(redis: RedisClient, config: Pick<ServiceConfig, 'GROUNDSWELL_ENV' | 'RATE_LIMIT_TENANT_PER_SECOND' | 'RATE_LIMIT_API_KEY_PER_SECOND'>) {
  const prefix = deploymentKeyPrefix(config.GROUNDSWELL_ENV);
  return { tenant: new RedisRateLimiter(redis, config.RATE_LIMIT_TENANT_PER_SECOND, prefix), apiKey: new RedisRateLimiter(redis, config.RATE_LIMIT_API_KEY_PER_SECOND, prefix) };
}
