import { handleCommandIn, inTransactionRetryingConflicts } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { balance, memberStreams, pointsDecider, pointsExpiry, type PointsCommand } from '../../domain';
import { requireDefinedBadge, type PointsProgrammeState } from '../../domain/points/points-programme';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';
import { loadPointsProgramme } from '../programme/load-points-programme';
import { pointsAccountProjection } from '../read-models/points-account.projection';
import { memberBadgesProjection, pointsLotExpiryProjection } from '../read-models/points-lots.projection';
import { loadActiveMember } from './active-member';

export interface PointsBalance {
  memberId: string;
  balance: number;
}

export const pointsProjections = [pointsAccountProjection, pointsLotExpiryProjection, memberBadgesProjection];

/** The tenant's programme applied to a command: credited points get the policy's expiry (unless given), growth the level table. */
export function underProgramme(command: PointsCommand, programme: PointsProgrammeState): PointsCommand {
  switch (command.type) {
    case 'EarnPoints':
    case 'AdjustPoints': {
      const credits = command.type === 'EarnPoints' || command.delta > 0;
      const expiresAt = command.expiresAt ?? (credits ? pointsExpiry(command.at, programme.expiryPolicy) : undefined);
      return { ...command, expiresAt, levels: command.levels ?? programme.levels };
    }
    case 'AwardBadge':
      requireDefinedBadge(programme, command.badgeId);
      return command;
    default:
      return command;
  }
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
    const programme = await loadPointsProgramme(client, identity.tenant);
    const outcome = await handleCommandIn(client, {
      decider: pointsDecider,
      stream: tenantStream(identity.tenant, memberStreams.points(memberId)),
      command: underProgramme(command, programme),
      commandName: command.type,
      context: { idempotencyKey },
      projections: pointsProjections,
      result: ({ state }) => ({ memberId, balance: balance(state.lots) }),
    });
    return outcome.result;
  });
}
