import { createHash } from 'node:crypto';
import type { KpiQuery } from '../kpis/kpi-request';

/** Cached answers to requests without `asOf` change with every event; one recorded in the past changes only with late events. */
export const latestAnswerTtlSeconds = 300;
export const pastAnswerTtlSeconds = 86_400;

/**
 * Everything an answer depends on: the tenant (first, so tenants never share a key), the tenant's
 * projection watermark, and the normalised request — definition and version, scope, periods,
 * granularity and `asOf` (`latest` when the caller asked for now).
 */
export function kpiCacheKey(query: KpiQuery, asOfRequested: boolean, watermark: string): string {
  const request = {
    kpi: query.definition.id,
    version: query.definition.version,
    communityId: query.scope.communityId ?? null,
    platform: query.scope.platform ?? null,
    ...(query.scope.campaignId ? { campaignId: query.scope.campaignId } : {}),
    ...(query.scope.channel ? { channel: query.scope.channel } : {}),
    ...(query.scope.itemId ? { itemId: query.scope.itemId } : {}),
    granularity: query.granularity,
    from: query.periods[0]?.start ?? null,
    to: query.periods[query.periods.length - 1]?.end ?? null,
    asOf: asOfRequested ? query.asOf.toISOString() : 'latest',
  };
  const digest = createHash('sha256').update(JSON.stringify(request)).digest('base64url');
  return `analytics:kpi:v1:${encodeURIComponent(query.scope.tenantId)}:${watermark}:${digest}`;
}
