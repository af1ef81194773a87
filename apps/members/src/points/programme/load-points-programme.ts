import { foldEvents, readStream } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { pointsProgrammeDecider, pointsProgrammeStream, type PointsProgrammeState } from '../../domain/points/points-programme';

/** The tenant's programme folded from its stream, inside the caller's transaction. */
export async function loadPointsProgramme(client: PoolClient, tenantId: string): Promise<PointsProgrammeState> {
  return foldEvents(pointsProgrammeDecider, (await readStream(client, tenantId, pointsProgrammeStream.streamId)) as never) as PointsProgrammeState;
}
