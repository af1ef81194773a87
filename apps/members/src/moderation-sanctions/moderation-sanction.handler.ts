import { createEventRegistry, SanctionAppliedV1, SanctionExpiredV1, SanctionLiftedV1, type Actor, type EventEnvelope } from '@groundswell/events';
import type { EventStore } from '@groundswell/event-store';
import type { PoolClient } from 'pg';
import { memberDecider } from '../membership/member.decider';
import type { MemberCommand } from '../membership/member.commands';
import { memberStreams } from '../shared/stream-ids';
import { tenantStream } from '../shared/tenant-stream';

const registry = createEventRegistry();

/** Who ends a mute that ran out: nobody did, its clock did. */
export const sanctionExpiryActor: Actor = { kind: 'system', id: 'moderation-sanction-expiry' };

function commandFor(envelope: EventEnvelope): { memberId: string; command: MemberCommand } | undefined {
  if (!registry.find(envelope.type)) return undefined;
  const event = registry.decode(envelope);
  if (SanctionAppliedV1.is(event)) {
    const { memberId, sanctionId, kind, communityId, appliedBy } = event.data;
    return { memberId, command: { type: 'ApplyModerationSanction', sanctionId, kind, communityId, by: appliedBy } };
  }
  if (SanctionLiftedV1.is(event)) {
    const { memberId, sanctionId, reason, liftedBy } = event.data;
    return { memberId, command: { type: 'LiftModerationSanction', sanctionId, reason, by: liftedBy } };
  }
  if (SanctionExpiredV1.is(event)) {
    const { memberId, sanctionId } = event.data;
    return { memberId, command: { type: 'LiftModerationSanction', sanctionId, reason: '处罚到期', by: sanctionExpiryActor } };
  }
  return undefined;
}

/**
 * Applies a moderation sanction's effect on the member record in the consumer's transaction, with
 * the sanction event as causation; the exactly-once consumer makes a redelivered event a no-op.
 */
export const applyModerationSanction = (store: EventStore) => async (client: PoolClient, envelope: EventEnvelope): Promise<void> => {
  const decided = commandFor(envelope);
  if (!decided) return;
  await store.handleIn(client, {
    decider: memberDecider,
    stream: tenantStream(envelope.tenantid, memberStreams.member(decided.memberId)),
    command: decided.command,
    context: { correlationId: envelope.correlationid, causationId: envelope.id },
  });
};
