import { createClient } from 'redis';
import { deploymentKeyPrefix, type RedisClient } from '@groundswell/service-kit';
import { eventually, uniqueName } from '@groundswell/test-kit';
import { RedisRateLimiter } from './rate-limiter';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe(RedisRateLimiter.name, () => {
  it('should allow the budget within one second, refuse beyond it, and start afresh in the next second', async () => {
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    try {
      const limiter = new RedisRateLimiter(redis as unknown as RedisClient, 5);
      const key = uniqueName('tenant');
      const decisions = [];
      for (let request = 0; request < 7; request++) decisions.push(await limiter.consume(key));
      expect(decisions.map(({ allowed }) => allowed)).toEqual([true, true, true, true, true, false, false]);
      expect(decisions[6]).toEqual({ allowed: false, retryAfterSeconds: 1 });
      expect((await limiter.consume(uniqueName('other-tenant'))).allowed).toBe(true);
      await eventually(async () => expect(await limiter.consume(key)).toEqual({ allowed: true, retryAfterSeconds: 0 }), 5_000);
    } finally {
      await redis.close();
    }
  });

  it('should share one budget between two gateway replicas', async () => {
    const [first, second] = [createClient({ url: redisUrl }), createClient({ url: redisUrl })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      const replicas = [new RedisRateLimiter(first as unknown as RedisClient, 4), new RedisRateLimiter(second as unknown as RedisClient, 4)];
      const key = uniqueName('tenant');
      const decisions = [];
      for (let request = 0; request < 6; request++) decisions.push((await replicas[request % 2].consume(key)).allowed);
      expect(decisions.filter(Boolean)).toHaveLength(4);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('should keep separate budgets for two deployments sharing one Redis', async () => {
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    try {
      const [staging, production] = ['staging', 'production'].map((namespace) => new RedisRateLimiter(redis as unknown as RedisClient, 2, deploymentKeyPrefix(namespace)));
      const key = uniqueName('tenant');
      const decisions = [];
      for (let request = 0; request < 3; request++) decisions.push((await staging!.consume(key)).allowed);
      decisions.push((await production!.consume(key)).allowed);
      expect(decisions).toEqual([true, true, false, true]);
    } finally {
      await redis.close();
    }
  });

  it('should keep limiting, in memory, while Redis cannot be reached', async () => {
    const unreachable = createClient({ url: 'redis://127.0.0.1:1', socket: { reconnectStrategy: false } });
    unreachable.on('error', () => undefined);
    const limiter = new RedisRateLimiter(unreachable as unknown as RedisClient, 3);
    const key = uniqueName('tenant');
    const decisions = [];
    for (let request = 0; request < 5; request++) decisions.push((await limiter.consume(key)).allowed);
    expect(decisions).toEqual([true, true, true, false, false]);
  });
});
