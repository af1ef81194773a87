import type { PoolClient } from 'pg';
import type { StoredEvent } from '../store/stored-event';

/**
 * A read model the owning service updates in the same transaction as the append. The table name is
 * a parameter so the same code can fill a shadow table during a rebuild.
 */
export interface InlineProjection {
  name: string;
  table: string;
  createTable(client: PoolClient, table: string): Promise<void>;
  apply(client: PoolClient, events: readonly StoredEvent[], table: string): Promise<void>;
}
