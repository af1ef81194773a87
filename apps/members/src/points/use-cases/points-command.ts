import { handleCommandIn, inTransactionRetryingConflicts } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { balance, memberStreams, pointsDecider, type PointsCommand } from '../../domain';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';
import { pointsAccountProjection } from '../read-models/points-account.projection';
import { loadActiveMember } from './active-member';

export interface PointsBalance {
  memberId: string;
  balance: number;
}

/**
 * Runs one command on a member's points account. Every points command dedupes on its own
 * reference (source, redemption, adjustment id), so recomputing it on fresher state after a write
 * conflict can never pay or charge twice.
 */
export function runPointsCommand(context: MembersContext, identity: Identity, command: PointsCommand, idempotencyKey?: string): Promise<PointsBalance> {
  const { memberId } = command;
  return inTransactionRetryingConflicts(context.pool, true, async (client) => {
    await loadActiveMember(client, identity.tenant, memberId);
    const outcome = await handleCommandIn(client, {
      decider: pointsDecider,
      stream: tenantStream(identity.tenant, memberStreams.points(memberId)),
      command,
      commandName: command.type,
      context: { idempotencyKey },
      projections: [pointsAccountProjection],
      result: ({ state }) => ({ memberId, balance: balance(state.lots) }),
    });
    return outcome.result;
  });
}
