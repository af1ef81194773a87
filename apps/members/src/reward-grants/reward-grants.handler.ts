import type { EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { underProgramme } from '../points/use-cases/points-command';
import { loadActiveMember } from '../points/use-cases/active-member';
import { loadPointsProgramme } from '../points/programme/load-points-programme';
import type { PointsCommand } from '../points/points.commands';
import { pointsDecider } from '../points/points.decider';
import type { MembersContext } from '../shared/members-context';
import { memberStreams } from '../shared/stream-ids';
import { tenantStream } from '../shared/tenant-stream';
import { campaignRewardsActor, rewardEarningsFor, type RewardEarning } from './reward-earnings';

function commandFor(earning: RewardEarning, at: Date): PointsCommand {
  return earning.kind === 'points'
    ? { type: 'EarnPoints', memberId: earning.memberId, amount: earning.amount, sourceRef: earning.sourceRef, sourceKind: earning.sourceKind, at }
    : { type: 'AwardBadge', memberId: earning.memberId, badgeId: earning.badgeId, reason: earning.reason, by: campaignRewardsActor };
}

/**
 * Earns what a rewarding event grants, in the consumer's transaction, with the event as causation.
 * The exactly-once consumer makes a redelivered event a no-op; the source reference makes a second
 * event for the same grant one too. A member who can no longer earn (erased) or an undefined badge
 * fails the message, which is dead-lettered for an operator to replay once fixed.
 */
export const earnRewards = (context: MembersContext) => async (client: PoolClient, envelope: EventEnvelope): Promise<void> => {
  for (const earning of rewardEarningsFor(envelope)) {
    const tenantId = envelope.tenantid;
    await loadActiveMember(client, tenantId, earning.memberId);
    const programme = await loadPointsProgramme(client, tenantId);
    const command = underProgramme(commandFor(earning, new Date(envelope.time)), programme);
    await context.store.handleIn(client, {
      decider: pointsDecider,
      stream: tenantStream(tenantId, memberStreams.points(earning.memberId)),
      command,
      context: { correlationId: envelope.correlationid, causationId: envelope.id },
    });
  }
};
