import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { withIdempotency, withTransaction } from '@groundswell/event-store';
import { RequestError, type Identity } from '@groundswell/service-kit';
import { MembersContext } from '../../shared/members-context';
import { backfillSegment } from '../membership/reevaluate-member';
import { lockTenantSegments } from '../membership/segment-match';
import { requireSegmentFilter, type SegmentFilter } from '../segment-filter';

export interface CreateSegmentInput {
  name: string;
  filter: SegmentFilter;
}

/** Saves a dynamic segment and fills it from the read models in the same transaction; events keep it current after. */
@Injectable()
export class CreateSegmentUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, input: CreateSegmentInput, idempotencyKey?: string): Promise<{ segmentId: string; memberCount: number }> {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) throw new RequestError('BAD_USER_INPUT', 'A segment name is 1–100 characters');
    return withTransaction(this.context.pool, async (client) => (await withIdempotency(client, { tenantId: identity.tenant, key: idempotencyKey, command: 'CreateSegment' }, async () => {
      const filter = await requireSegmentFilter(client, identity.tenant, input.filter);
      await lockTenantSegments(client, identity.tenant, 'exclusive');
      const segmentId = randomUUID();
      await client.query('INSERT INTO segments (tenant_id, segment_id, community_id, name, filter, created_at) VALUES ($1, $2, $3, $4, $5, now())', [
        identity.tenant,
        segmentId,
        filter.communityId,
        name,
        filter,
      ]);
      return { segmentId, memberCount: await backfillSegment(client, identity.tenant, segmentId) };
    })).result);
  }
}
