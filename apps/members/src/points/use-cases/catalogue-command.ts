import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { catalogueItemDecider } from '../catalogue/catalogue-item.decider';
import { memberStreams } from '../../shared/stream-ids';
import { type CatalogueItemCommand } from '../catalogue/catalogue-item.state';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';
import { requireUuid } from './active-member';

/**
 * Runs one operator command on a catalogue item. Restocks add to whatever stock there is and
 * withdrawals are idempotent, so recomputing on fresher state after a conflict is safe.
 */
export function runCatalogueCommand(
  context: MembersContext,
  identity: Identity,
  itemId: string,
  command: CatalogueItemCommand,
  idempotencyKey?: string,
  check?: (client: PoolClient) => Promise<void>,
): Promise<{ itemId: string }> {
  requireUuid(itemId, 'itemId');
  return context.store.transaction(async (client) => {
    await check?.(client);
    const outcome = await context.store.handleIn(client, {
      decider: catalogueItemDecider,
      stream: tenantStream(identity.tenant, memberStreams.catalogueItem(itemId)),
      command,
      context: { idempotencyKey },
      result: () => ({ itemId }),
    });
    return outcome.result;
  }, { retryOnConflict: true });
}
