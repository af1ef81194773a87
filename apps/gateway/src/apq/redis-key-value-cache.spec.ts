import { RedisKeyValueCache } from './redis-key-value-cache';

describe(RedisKeyValueCache.name, () => {
  it('should read a failing Redis as a miss and ignore writes to it, so requests still succeed', async () => {
    const failing = { get: () => Promise.reject(new Error('down')), set: () => Promise.reject(new Error('down')), del: () => Promise.reject(new Error('down')) };
    const cache = new RedisKeyValueCache(failing as never, 'test:');
    await expect(cache.set('k', 'v', { ttl: 10 })).resolves.toBeUndefined();
    await expect(cache.get('k')).resolves.toBeUndefined();
    await expect(cache.delete('k')).resolves.toBe(false);
  });
});

describe(`${RedisKeyValueCache.name} with Redis up`, () => {
  it('should prefix keys and pass the TTL in whole seconds', async () => {
    const calls: unknown[][] = [];
    const redis = { get: async () => null, set: async (...args: unknown[]) => void calls.push(args), del: async () => 1 };
    const cache = new RedisKeyValueCache(redis as never, 'gateway:');
    await cache.set('apq:abc', '{ a }', { ttl: 1.5 });
    await cache.set('apq:def', '{ b }');
    expect(calls).toEqual([
      ['gateway:apq:abc', '{ a }', { expiration: { type: 'EX', value: 2 } }],
      ['gateway:apq:def', '{ b }', undefined],
    ]);
    await expect(cache.get('apq:abc')).resolves.toBeUndefined();
  });
});
