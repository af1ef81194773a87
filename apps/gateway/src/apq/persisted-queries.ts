import type { RedisClient } from '@groundswell/service-kit';
import { RedisKeyValueCache } from './redis-key-value-cache';

// Apollo adds its own `apq:` before the hash: keys read `gateway:apq:<sha256>`.
export const persistedQueryKeyPrefix = 'gateway:';

/** Automatic persisted queries: a client sends the query's SHA-256 alone once any gateway instance has seen the query. */
export function persistedQueries(redis: Pick<RedisClient, 'get' | 'set' | 'del'>, ttlSeconds: number) {
  return { cache: new RedisKeyValueCache(redis, persistedQueryKeyPrefix), ttl: ttlSeconds };
}
