import { Injectable } from '@nestjs/common';
import { withIdempotency, type NewEvent } from '@groundswell/event-store';
import { activityKinds, MemberActivityRecordedV1, type EventOf } from '@groundswell/events';
import { RequestError, type Identity } from '@groundswell/service-kit';
import { v7 as uuidv7 } from 'uuid';
import { MemberDomainError } from '../shared/member-domain.error';
import { MembersContext } from '../shared/members-context';

export const MAX_ACTIVITY_BATCH = 10_000;

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

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FUTURE_TOLERANCE_MS = 5 * 60_000;

function validateItem(item: ActivityItem, index: number): void {
  const problem = !uuidPattern.test(item.memberId)
    ? 'memberId is not a member id'
    : !activityKinds.includes(item.kind)
      ? 'unknown kind'
      : item.clientEventId.length < 1 || item.clientEventId.length > 200
        ? 'clientEventId must be 1–200 characters'
        : Number.isNaN(item.occurredAt.getTime()) || item.occurredAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS
          ? 'occurredAt must be a past instant'
          : item.amountCents !== undefined && (!Number.isInteger(item.amountCents) || item.amountCents < 0)
            ? 'amountCents must be a non-negative integer'
            : undefined;
  if (problem) throw new RequestError('BAD_USER_INPUT', `Item ${index}: ${problem}`, { index });
}

/**
 * Records a batch of member activity in one community. The whole batch is validated first (nothing
 * is written when any item is bad); repeated client event ids are skipped; the rest is appended to
 * the community's activity stream of each UTC day, and the call returns only after the commit.
 */
@Injectable()
export class RecordActivityUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, communityId: string, items: ActivityItem[], idempotencyKey?: string): Promise<RecordActivityResult> {
    if (items.length === 0 || items.length > MAX_ACTIVITY_BATCH) {
      throw new RequestError('BAD_USER_INPUT', `A batch holds 1 to ${MAX_ACTIVITY_BATCH} items`, { items: items.length });
    }
    items.forEach(validateItem);
    const tenantId = identity.tenant;
    return this.context.store.transaction(async (client) => (await withIdempotency(client, { tenantId, key: idempotencyKey, command: 'RecordMemberActivity' }, async () => {
      const community = await client.query<{ platform: string }>('SELECT platform FROM communities WHERE tenant_id = $1 AND community_id = $2', [tenantId, communityId]);
      if (!community.rows[0]) throw new MemberDomainError('COMMUNITY_NOT_FOUND', 'No such community', { communityId });
      await this.requireMembers(client, tenantId, communityId, items);
      const fresh = await client.query<{ client_event_id: string }>(
        `INSERT INTO activity_client_ids (tenant_id, community_id, client_event_id) SELECT $1, $2, unnest($3::text[])
         ON CONFLICT DO NOTHING RETURNING client_event_id`,
        [tenantId, communityId, [...new Set(items.map((item) => item.clientEventId))]],
      );
      const accepted = new Set(fresh.rows.map((row) => row.client_event_id));
      const byDay = new Map<string, NewEvent[]>();
      for (const item of items) {
        if (!accepted.delete(item.clientEventId)) continue; // a repeat, in this batch or an earlier one
        const day = item.occurredAt.toISOString().slice(0, 10);
        const data: EventOf<typeof MemberActivityRecordedV1>['data'] = {
          memberId: item.memberId,
          communityId,
          kind: item.kind,
          clientEventId: item.clientEventId,
          platform: community.rows[0].platform,
          ...(item.amountCents === undefined ? {} : { amountCents: item.amountCents }),
        };
        const events = byDay.get(day) ?? [];
        events.push({ type: MemberActivityRecordedV1.type, data, occurredAt: item.occurredAt });
        byDay.set(day, events);
      }
      let appended = 0;
      for (const [day, events] of byDay) {
        const stream = { tenantId, streamId: `activity-${communityId}-${day}`, streamType: 'activity' };
        const stored = await this.context.store.appendToEnd(client, stream, events, { correlationId: uuidv7() });
        appended += stored.length;
      }
      return { accepted: appended, duplicates: items.length - appended };
    })).result);
  }

  private async requireMembers(client: import('pg').PoolClient, tenantId: string, communityId: string, items: ActivityItem[]) {
    const memberIds = [...new Set(items.map((item) => item.memberId))];
    const { rows } = await client.query<{ member_id: string }>(
      `SELECT member_id FROM memberships WHERE tenant_id = $1 AND community_id = $2 AND member_id = ANY($3::uuid[])`,
      [tenantId, communityId, memberIds],
    );
    const known = new Set(rows.map((row) => row.member_id));
    const unknown = memberIds.filter((memberId) => !known.has(memberId));
    if (unknown.length > 0) {
      throw new RequestError('BAD_USER_INPUT', 'Activity names members who never joined this community', { memberIds: unknown.slice(0, 20) });
    }
  }
}
