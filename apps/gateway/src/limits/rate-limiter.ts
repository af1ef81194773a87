import type { RedisClient } from '@groundswell/service-kit';

export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed one-second windows counted in Redis, so every gateway replica shares one budget per key.
 * Redis being down must not take the API down with it: the request is then let through.
 */
export class RedisRateLimiter {
  constructor(
    private readonly redis: RedisClient,
    private readonly limitPerSecond: number,
  ) {}

  async consume(key: string, now = Date.now()): Promise<RateDecision> {
    const window = Math.floor(now / 1000);
    const redisKey = `gs:rate:${key}:${window}`;
    try {
      const [count] = (await this.redis.multi().incr(redisKey).expire(redisKey, 2).exec()) as unknown as [number, number];
      return { allowed: Number(count) <= this.limitPerSecond, retryAfterSeconds: 1 };
    } catch {
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }
}
