import type { RedisClient } from '@groundswell/service-kit';
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

  constructor(redis: RedisClient, limitPerSecond: number) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      keyPrefix: 'gs:rate',
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
