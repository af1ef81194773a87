import { loadAggregate } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { pointsProgrammeDecider, pointsProgrammeStream, type PointsProgrammeState } from '../points-programme';
import { tenantStream } from '../../shared/tenant-stream';

/** The tenant's programme folded from its stream, inside the caller's transaction. */
export async function loadPointsProgramme(client: PoolClient, tenantId: string): Promise<PointsProgrammeState> {
  return (await loadAggregate(client, pointsProgrammeDecider, tenantStream(tenantId, pointsProgrammeStream))).state;
}
