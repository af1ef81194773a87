import { Injectable } from '@nestjs/common';
import { withIdempotency } from '@groundswell/event-store';
import { activityKinds } from '@groundswell/events';
import { RequestError, type Identity } from '@groundswell/service-kit';
import { MemberDomainError } from '../shared/member-domain.error';
import { MembersContext } from '../shared/members-context';
import { appendMemberActivity, type ActivityItem, type RecordActivityResult } from './append-member-activity';

export const MAX_ACTIVITY_BATCH = 10_000;

export type { ActivityItem, RecordActivityResult } from './append-member-activity';

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
      return appendMemberActivity(this.context.store, client, tenantId, { communityId, platform: community.rows[0].platform }, items);
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
