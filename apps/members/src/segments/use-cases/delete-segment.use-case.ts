import { Injectable } from '@nestjs/common';
import type { Identity } from '@groundswell/service-kit';
import { MembersContext } from '../../shared/members-context';
import { reconcileSegment } from '../membership/reevaluate-member';
import { changeSegment } from './segment-command';

/**
 * Deleting a segment archives it: every member leaves (cause `segment_deleted`), it no longer shows
 * in queries nor takes members in, and its row and membership history stay as evidence of who was
 * in it when (campaigns may have targeted it).
 */
@Injectable()
export class DeleteSegmentUseCase {
  constructor(private readonly context: MembersContext) {}

  execute(identity: Identity, segmentId: string, idempotencyKey?: string): Promise<{ segmentId: string; left: number }> {
    return changeSegment(this.context.pool, identity.tenant, segmentId, { name: 'DeleteSegment', idempotencyKey }, async (client) => {
      await client.query('UPDATE segments SET archived_at = now() WHERE tenant_id = $1 AND segment_id = $2', [identity.tenant, segmentId]);
      const { left } = await reconcileSegment(client, identity.tenant, segmentId, 'segment_deleted');
      return { segmentId, left };
    });
  }
}
