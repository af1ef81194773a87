import { createClient } from 'redis';
import type { RedisClient } from '@groundswell/service-kit';
import { uniqueName } from '@groundswell/test-kit';
import { RedisRateLimiter } from './rate-limiter';

describe(RedisRateLimiter.name, () => {
  it('should allow the budget within one second, refuse beyond it, and start afresh in the next second', async () => {
    const redis = createClient({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
    await redis.connect();
    try {
      const limiter = new RedisRateLimiter(redis as unknown as RedisClient, 5);
      const key = uniqueName('tenant');
      const second = 1_800_000_000_000;
      const decisions = [];
      for (let request = 0; request < 7; request++) decisions.push((await limiter.consume(key, second + 100)).allowed);
      expect(decisions).toEqual([true, true, true, true, true, false, false]);
      expect(await limiter.consume(key, second + 1_100)).toEqual({ allowed: true, retryAfterSeconds: 1 });
      expect((await limiter.consume(uniqueName('other-tenant'), second + 200)).allowed).toBe(true);
    } finally {
      await redis.close();
    }
  });
});
