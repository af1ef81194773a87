import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { appendDailyFacts, EventStore, withIdempotency, type DailyFactsOutcome } from '@groundswell/event-store';
import { EngagementSignalRecordedV1, engagementSignalKinds } from '@groundswell/events';
import { canAccessCommunity, type Identity, isUuid, RequestError } from '@groundswell/service-kit';
import { engagementStreamType, type EngagementSignalRecorded } from './engagement.events';

export const MAX_ENGAGEMENT_BATCH = 10_000;

export interface EngagementSignal {
  kind: (typeof engagementSignalKinds)[number];
  itemId: string;
  variantId?: string | null;
  platform: string;
  memberId?: string | null;
  dwellMs?: number | null;
  clientEventId: string;
  occurredAt: Date;
}

const FUTURE_TOLERANCE_MS = 5 * 60_000;
const text = (value: string | null | undefined, max: number) => value !== undefined && value !== null && (value.length < 1 || value.length > max);

function problemOf(signal: EngagementSignal): string | undefined {
  if (!engagementSignalKinds.includes(signal.kind)) return 'unknown kind';
  if (text(signal.itemId, 200) || !signal.itemId) return 'itemId must be 1–200 characters';
  if (text(signal.variantId, 200)) return 'variantId must be 1–200 characters';
  if (text(signal.platform, 50) || !signal.platform) return 'platform must be 1–50 characters';
  if (signal.memberId != null && !isUuid(signal.memberId)) return 'memberId is not a member id';
  if (signal.dwellMs != null && (signal.kind !== 'view' || !Number.isInteger(signal.dwellMs) || signal.dwellMs < 0 || signal.dwellMs > 86_400_000)) return 'dwellMs is a whole number of 0–86,400,000 milliseconds, for views';
  if (text(signal.clientEventId, 200) || !signal.clientEventId) return 'clientEventId must be 1–200 characters';
  if (Number.isNaN(signal.occurredAt.getTime()) || signal.occurredAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS) return 'occurredAt must be a past instant';
  return undefined;
}

/** A member's click on an item is a touchpoint of the campaign the item promotes (issue 14, attribution). */
const creditsCampaign = (signal: EngagementSignal) => signal.kind === 'click' && Boolean(signal.memberId);

function toEvent(communityId: string, signal: EngagementSignal, campaignOf: ReadonlyMap<string, string>): EngagementSignalRecorded & { occurredAt: Date } {
  const { kind, itemId, variantId, platform, memberId, dwellMs, clientEventId, occurredAt } = signal;
  const campaignId = creditsCampaign(signal) ? campaignOf.get(itemId) : undefined;
  const data = {
    communityId,
    kind,
    itemId,
    platform,
    clientEventId,
    ...(variantId && { variantId }),
    ...(memberId && { memberId: memberId.toLowerCase() }),
    ...(dwellMs != null && { dwellMs }),
    ...(campaignId && { campaignId }),
  };
  return { type: EngagementSignalRecordedV1.type, data, occurredAt };
}

/** The campaigns promoted by the clicked items of the batch, from content's own read model (contributions have none). */
async function campaignsOfClickedItems(client: PoolClient, tenantId: string, signals: readonly EngagementSignal[]): Promise<Map<string, string>> {
  const itemIds = [...new Set(signals.filter(creditsCampaign).map((signal) => signal.itemId))];
  if (itemIds.length === 0) return new Map();
  const { rows } = await client.query<{ itemId: string; campaignId: string }>(
    'SELECT content_item_id AS "itemId", campaign_id AS "campaignId" FROM content_items WHERE tenant_id = $1 AND content_item_id = ANY($2::text[]) AND campaign_id IS NOT NULL',
    [tenantId, itemIds],
  );
  return new Map(rows.map((row) => [row.itemId, row.campaignId]));
}

/**
 * Records a batch of engagement signals of one community (CNT-50…61). The whole batch is checked
 * first (nothing is written when any signal is bad); repeated client event ids are skipped; the rest
 * is appended to the community's engagement stream of each UTC day. Returns only after the commit.
 */
@Injectable()
export class RecordEngagementUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, communityId: string, signals: EngagementSignal[], idempotencyKey?: string): Promise<DailyFactsOutcome> {
    if (!isUuid(communityId)) throw new RequestError('BAD_USER_INPUT', 'communityId is not a community id', { field: 'communityId' });
    if (!canAccessCommunity(identity, communityId)) throw new RequestError('FORBIDDEN', 'Outside your community scope', { communityId });
    if (signals.length === 0 || signals.length > MAX_ENGAGEMENT_BATCH) throw new RequestError('BAD_USER_INPUT', `A batch holds 1 to ${MAX_ENGAGEMENT_BATCH} signals`, { items: signals.length });
    signals.forEach((signal, index) => {
      const problem = problemOf(signal);
      if (problem) throw new RequestError('BAD_USER_INPUT', `Signal ${index}: ${problem}`, { index });
    });
    const tenantId = identity.tenant;
    return this.store.transaction(async (client) => {
      const { result } = await withIdempotency(client, { tenantId, key: idempotencyKey, command: 'RecordEngagement' }, async () => {
        const campaignOf = await campaignsOfClickedItems(client, tenantId, signals);
        const facts = signals.map((signal) => ({ clientEventId: signal.clientEventId, event: toEvent(communityId, signal, campaignOf) }));
        return appendDailyFacts(this.store, client, { tenantId, scopeId: communityId, streamType: engagementStreamType, clientIds: { table: 'engagement_client_ids', scopeColumn: 'community_id' } }, facts);
      });
      return result;
    });
  }
}
