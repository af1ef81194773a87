import type { PoolClient } from 'pg';
import type { StoredEvent } from '../store/stored-event';
import type { InlineProjection } from './define-projection';

/** Which projections follow each stream type: `{ member: [memberProjection], points: [pointsAccountProjection, …] }`. */
export type ProjectionRegistrations = Readonly<Record<string, readonly InlineProjection[]>>;

/** The service's projections by stream type, registered once and applied to every append. */
export class ProjectionRegistry {
  private readonly byStreamType = new Map<string, readonly InlineProjection[]>();

  constructor(registrations: ProjectionRegistrations = {}) {
    for (const [streamType, projections] of Object.entries(registrations)) {
      const names = projections.map((projection) => projection.name);
      const repeated = names.find((name, index) => names.indexOf(name) !== index);
      if (repeated) throw new Error(`Projection ${repeated} is registered twice for stream type ${streamType}`);
      this.byStreamType.set(streamType, projections);
    }
  }

  projectionsOf(streamType: string): readonly InlineProjection[] {
    return this.byStreamType.get(streamType) ?? [];
  }

  async apply(client: PoolClient, streamType: string, events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const projection of this.projectionsOf(streamType)) await projection.apply(client, events);
  }
}
