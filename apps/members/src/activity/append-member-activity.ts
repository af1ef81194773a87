import { appendDailyFacts, type EventStore } from '@groundswell/event-store';
import { MemberActivityRecordedV1, type activityKinds, type EventOf } from '@groundswell/events';
import type { PoolClient } from 'pg';

export interface ActivityItem {
  memberId: string;
  kind: (typeof activityKinds)[number];
  clientEventId: string;
  occurredAt: Date;
  amountCents?: number;
}

export interface RecordActivityResult {
  accepted: number;
  duplicates: number;
}

/**
 * The one path member activity takes into the store, whoever reports it (the activity webhook and
 * mutation, the content engagement consumer): repeated client event ids are skipped, the rest go to
 * the community's activity stream of each UTC day, in the caller's transaction.
 */
export function appendMemberActivity(store: EventStore, client: PoolClient, tenantId: string, community: { communityId: string; platform: string }, items: readonly ActivityItem[]): Promise<RecordActivityResult> {
  const { communityId, platform } = community;
  const facts = items.map((item) => {
    const data: EventOf<typeof MemberActivityRecordedV1>['data'] = {
      memberId: item.memberId,
      communityId,
      kind: item.kind,
      clientEventId: item.clientEventId,
      platform,
      ...(item.amountCents === undefined ? {} : { amountCents: item.amountCents }),
    };
    return { clientEventId: item.clientEventId, event: { type: MemberActivityRecordedV1.type, data, occurredAt: item.occurredAt } };
  });
  return appendDailyFacts(store, client, { tenantId, scopeId: communityId, streamType: 'activity', clientIds: { table: 'activity_client_ids', scopeColumn: 'community_id' } }, facts);
}
