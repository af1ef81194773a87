import type { Identity } from '@groundswell/service-kit';
import { balance } from '../lots';
import { memberStreams } from '../../shared/stream-ids';
import { pointsDecider } from '../points.decider';
import { pointsExpiry } from '../expiry-policy';
import { type PointsCommand } from '../points.commands';
import { requireDefinedBadge, type PointsProgrammeState } from '../points-programme';
import { MembersContext } from '../../shared/members-context';
import { tenantStream } from '../../shared/tenant-stream';
import { loadPointsProgramme } from '../programme/load-points-programme';
import { loadActiveMember } from './active-member';

export interface PointsBalance {
  memberId: string;
  balance: number;
}

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
  return context.store.transaction(async (client) => {
    await loadActiveMember(client, identity.tenant, memberId);
    const programme = await loadPointsProgramme(client, identity.tenant);
    const outcome = await context.store.handleIn(client, {
      decider: pointsDecider,
      stream: tenantStream(identity.tenant, memberStreams.points(memberId)),
      command: underProgramme(command, programme),
      context: { idempotencyKey },
      result: ({ state }) => ({ memberId, balance: balance(state.lots) }),
    });
    return outcome.result;
  }, { retryOnConflict: true });
}
