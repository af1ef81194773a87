import { handleCommandIn, inTransactionRetryingConflicts } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { PoolClient } from 'pg';
import { catalogueItemDecider, memberStreams, type CatalogueItemCommand } from '../../domain';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';
import { catalogueItemProjection } from '../read-models/catalogue-item.projection';
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
  return inTransactionRetryingConflicts(context.pool, true, async (client) => {
    await check?.(client);
    const outcome = await handleCommandIn(client, {
      decider: catalogueItemDecider,
      stream: tenantStream(identity.tenant, memberStreams.catalogueItem(itemId)),
      command,
      commandName: command.type,
      context: { idempotencyKey },
      projections: [catalogueItemProjection],
      result: () => ({ itemId }),
    });
    return outcome.result;
  });
}
