import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { RedisClient } from '@groundswell/service-kit';

/**
 * Apollo's cache interface over the gateway's Redis, so every gateway instance shares what one has
 * learnt. A Redis fault reads as a miss: persisted queries save bandwidth, they must not fail requests.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Pick<RedisClient, 'get' | 'set' | 'del'>,
    private readonly prefix: string,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      return (await this.redis.get(this.prefix + key)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttlSeconds = options?.ttl;
    try {
      await this.redis.set(this.prefix + key, value, ttlSeconds ? { expiration: { type: 'EX', value: Math.ceil(ttlSeconds) } } : undefined);
    } catch {
      // The client sends the full query again next time; nothing is lost.
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch {
      return false;
    }
  }
}
