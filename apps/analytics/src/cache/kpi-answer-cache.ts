import type { RedisClient } from '@groundswell/service-kit';
import { Counter, type Registry } from 'prom-client';
import type { KpiAnswer } from '../kpis/answer-kpi';

export type CacheOutcome = 'hit' | 'miss' | 'error';

/**
 * KPI answers in Redis. A Redis fault reads as a miss and a failed write is dropped: the cache
 * saves work, it must never fail or change an answer.
 */
export class KpiAnswerCache {
  private readonly requests: Counter<'outcome'>;

  constructor(
    private readonly redis: Pick<RedisClient, 'get' | 'set'>,
    metrics?: Registry,
    /** The deployment's key prefix (`deploymentKeyPrefix`). */
    private readonly keyPrefix = '',
  ) {
    this.requests = new Counter({
      name: 'analytics_kpi_cache_requests_total',
      help: 'KPI answer cache look-ups by outcome',
      labelNames: ['outcome'] as const,
      registers: metrics ? [metrics] : [],
    });
  }

  async get(key: string): Promise<KpiAnswer | undefined> {
    try {
      const cached = await this.redis.get(this.keyPrefix + key);
      this.requests.inc({ outcome: cached ? 'hit' : 'miss' });
      return cached ? revive(JSON.parse(cached) as SerialisedAnswer) : undefined;
    } catch {
      this.requests.inc({ outcome: 'error' });
      return undefined;
    }
  }

  async set(key: string, answer: KpiAnswer, ttlSeconds: number): Promise<void> {
    try {
      await this.redis.set(this.keyPrefix + key, JSON.stringify(answer), { expiration: { type: 'EX', value: ttlSeconds } });
    } catch {
      // The next request computes the answer again; nothing is lost.
    }
  }

  /** Look-ups so far with this outcome. */
  async count(outcome: CacheOutcome): Promise<number> {
    const { values } = await this.requests.get();
    return values.find((value) => value.labels.outcome === outcome)?.value ?? 0;
  }
}

type SerialisedAnswer = Omit<KpiAnswer, 'asOf' | 'computedAt'> & { asOf: string; computedAt: string };

function revive(answer: SerialisedAnswer): KpiAnswer {
  return { ...answer, asOf: new Date(answer.asOf), computedAt: new Date(answer.computedAt) };
}
