import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { MembersContext } from '../../shared/members-context';
import { reconcileSegment } from '../membership/reevaluate-member';
import { requireSegmentFilter, type SegmentFilter } from '../segment-filter';
import { changeSegment, requireSegmentName } from './segment-command';

export interface UpdateSegmentInput {
  name?: string;
  filter?: SegmentFilter;
}

export interface UpdateSegmentResult {
  segmentId: string;
  entered: number;
  left: number;
}

/**
 * Renames a segment and/or replaces its filter. A new filter is applied to every candidate at once:
 * members who now match enter and members who no longer match leave, each move recorded with the
 * cause `segment_updated`; members who match both ways stay, keeping when they entered.
 */
@Injectable()
export class UpdateSegmentUseCase {
  constructor(private readonly context: MembersContext) {}

  async execute(identity: Identity, segmentId: string, input: UpdateSegmentInput, idempotencyKey?: string): Promise<UpdateSegmentResult> {
    const name = input.name === undefined || input.name === null ? undefined : requireSegmentName(input.name);
    return changeSegment(this.context.pool, identity.tenant, segmentId, { name: 'UpdateSegment', idempotencyKey }, async (client, segment) => {
      const filter = input.filter ? await requireSegmentFilter(client, identity.tenant, input.filter) : segment.filter;
      await client.query('UPDATE segments SET name = $3, filter = $4, community_id = $5 WHERE tenant_id = $1 AND segment_id = $2', [
        identity.tenant,
        segmentId,
        name ?? segment.name,
        filter,
        filter.communityId,
      ]);
      const moves = input.filter ? await reconcileSegment(client, identity.tenant, segmentId, 'segment_updated') : { entered: 0, left: 0 };
      return { segmentId, ...moves };
    });
  }
}
