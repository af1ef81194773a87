import { loadAggregate, type Aggregate } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { crisisSettingsDecider, type CrisisSettingsState } from '../crisis-settings.decider';
import { crisisSettingsStream } from '../crisis-settings.events';

/** A tenant's crisis settings as of this transaction: the defaults until it sets its own. */
export function loadCrisisSettings(client: PoolClient, tenantId: string): Promise<Aggregate<CrisisSettingsState>> {
  return loadAggregate(client, crisisSettingsDecider, { tenantId, ...crisisSettingsStream() });
}
