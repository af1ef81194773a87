import type { Provider } from '@nestjs/common';
import { PG_POOL } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import { EventStore } from '../event-store';
import type { ProjectionRegistrations } from '../projection/projection-registry';

/** Provides the service's `EventStore` on its database pool, with its projections registered once. */
export function eventStoreProvider(projections: ProjectionRegistrations): Provider {
  return { provide: EventStore, useFactory: (pool: Pool) => new EventStore(pool, projections), inject: [PG_POOL] };
}
