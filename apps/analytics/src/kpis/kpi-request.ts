import { platformSchema, type Platform } from '@groundswell/events';
import { RequestError } from '@groundswell/service-kit';
import { daysBetween, granularities, isDay, periodsCovering, type Granularity, type Period } from './calendar';
import type { KpiScope } from './kpi-facts';
import { findKpi } from './kpi-catalogue';
import type { KpiDefinition, KpiDimension } from './kpi-definition';

/** At most three years of days per request, so one answer stays cheap. */
export const maxRangeDays = 1_096;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface KpiRequest {
  id: string;
  /** A definition version; the current one when absent. */
  version?: number | null;
  tenantId: string;
  communityId?: string | null;
  platform?: string | null;
  campaignId?: string | null;
  channel?: string | null;
  itemId?: string | null;
  from: string;
  to: string;
  granularity: Granularity;
  asOf?: Date | null;
}

export interface KpiQuery {
  definition: KpiDefinition;
  scope: KpiScope;
  granularity: Granularity;
  periods: Period[];
  asOf: Date;
}

export type KpiWindowRequest = Omit<KpiRequest, 'id' | 'version'>;

export type KpiWindow = Omit<KpiQuery, 'definition'>;

/** Checks a request and resolves it to a definition, scope and periods; throws RequestError BAD_USER_INPUT. */
export function toKpiQuery(request: KpiRequest, now: Date): KpiQuery {
  const definition = findKpi(request.id, request.version);
  if (!definition && findKpi(request.id)) throw badInput(`${request.id} has no version ${request.version}`, { id: request.id, version: request.version });
  if (!definition) throw badInput(`Unknown KPI "${request.id}"; kpiCatalogue lists the known ones`, { id: request.id });
  const window = toKpiWindow(request, now);
  if ((window.scope.communityId || window.scope.platform) && !definition.dimensions.includes('community')) {
    throw badInput(`${definition.id} is answered per tenant only; it has no community or platform dimension`, { id: definition.id });
  }
  const missing = missingDimension(definition, window.scope);
  if (missing) throw badInput(`${definition.id} has no ${missing} dimension`, { id: definition.id, dimension: missing });
  return { definition, ...window };
}

/** The first dimension the scope narrows by that the KPI is not answered by, if any. */
export function missingDimension(definition: KpiDefinition, scope: KpiScope): KpiDimension | undefined {
  const asked: Array<[KpiDimension, unknown]> = [['community', scope.communityId], ['platform', scope.platform], ['campaign', scope.campaignId], ['channel', scope.channel], ['item', scope.itemId]];
  return asked.find(([dimension, value]) => value && !definition.dimensions.includes(dimension))?.[0];
}

/** Checks the scope, range, granularity and asOf of a request (any analytics question, not only one KPI); throws RequestError BAD_USER_INPUT. */
export function toKpiWindow(request: KpiWindowRequest, now: Date): KpiWindow {
  if (!request.tenantId.trim()) throw badInput('filter.tenantId must not be empty');
  if (request.communityId != null && !uuidPattern.test(request.communityId)) {
    throw badInput('filter.communityId must be a UUID', { communityId: request.communityId });
  }
  const platform = request.platform == null ? undefined : parsePlatform(request.platform);
  if (request.campaignId != null && (!request.campaignId.trim() || request.campaignId.length > 100)) {
    throw badInput('filter.campaignId must be a campaign id of 1–100 characters', { campaignId: request.campaignId.slice(0, 100) });
  }
  const channel = request.channel == null ? undefined : parseChannel(request.channel);
  if (request.itemId != null && (!request.itemId.trim() || request.itemId.length > 200)) {
    throw badInput('filter.itemId must be a content item or contribution id of 1–200 characters', { itemId: request.itemId.slice(0, 200) });
  }
  if (!granularities.includes(request.granularity)) throw badInput(`granularity must be one of ${granularities.join(', ')}`);
  if (!isDay(request.from) || !isDay(request.to)) {
    throw badInput('range.from and range.to must be calendar days, YYYY-MM-DD', { from: request.from, to: request.to });
  }
  const span = daysBetween(request.from, request.to);
  if (span < 0) throw badInput('range.from must not be after range.to', { from: request.from, to: request.to });
  if (span >= maxRangeDays) throw badInput(`range may span at most ${maxRangeDays} days`, { days: span + 1 });
  const asOf = request.asOf ?? now;
  if (Number.isNaN(asOf.getTime())) throw badInput('asOf must be a valid instant');
  if (asOf.getTime() > now.getTime()) throw badInput('asOf must not be in the future', { asOf: asOf.toISOString() });
  return {
    scope: {
      tenantId: request.tenantId,
      ...(request.communityId == null ? {} : { communityId: request.communityId.toLowerCase() }),
      ...(platform ? { platform } : {}),
      ...(request.campaignId == null ? {} : { campaignId: request.campaignId }),
      ...(channel ? { channel } : {}),
      ...(request.itemId == null ? {} : { itemId: request.itemId }),
    },
    granularity: request.granularity,
    periods: periodsCovering(request.from, request.to, request.granularity),
    asOf,
  };
}

function parsePlatform(value: string): Platform {
  const parsed = platformSchema.safeParse(value);
  if (!parsed.success) throw badInput(`filter.platform must be one of ${platformSchema.options.join(', ')}`, { platform: value });
  return parsed.data;
}

/** The campaigns' promotion channels (CMP-31), as CampaignJoined names them. */
export const promotionChannels = ['community_announcement', 'push', 'partner_channel', 'kol', 'paid_ads', 'live_stream', 'offline'] as const;

function parseChannel(value: string): string {
  if (!(promotionChannels as readonly string[]).includes(value)) throw badInput(`filter.channel must be one of ${promotionChannels.join(', ')}`, { channel: value.slice(0, 100) });
  return value;
}

export function badInput(message: string, details?: Record<string, unknown>): RequestError {
  return new RequestError('BAD_USER_INPUT', message, details);
}
