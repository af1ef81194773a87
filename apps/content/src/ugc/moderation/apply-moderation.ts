import type { EventStore } from '@groundswell/event-store';
import { createEventRegistry, SanctionAppliedV1, TextScreenedV1, type EventEnvelope } from '@groundswell/events';
import type { PoolClient } from 'pg';
import type { ContributionCommand } from '../contribution.commands';
import { contributionDecider } from '../contribution.decider';
import { ContributionError } from '../contribution.error';
import { contributionIdOf, contributionStream } from '../contribution.events';

const registry = createEventRegistry();
const moderationActor = 'system:moderation';

/** The contribution a moderation event is about and what it does to it; undefined for anything else (content items' screenings, other sanctions). */
function commandFor(envelope: EventEnvelope): { contributionId: string; command: ContributionCommand } | undefined {
  if (envelope.type !== TextScreenedV1.type && envelope.type !== SanctionAppliedV1.type) return undefined;
  const event = registry.decode(envelope);
  if (TextScreenedV1.is(event)) {
    const { screeningId, target, verdict, censoredText, requestedBy } = event.data;
    const contributionId = requestedBy === 'content' && target.kind === 'content' ? contributionIdOf(target.id) : undefined;
    return contributionId ? { contributionId, command: { type: 'RecordScreening', screeningId, verdict, censoredText } } : undefined;
  }
  if (SanctionAppliedV1.is(event) && event.data.kind === 'delete_content') {
    const contributionId = contributionIdOf(event.data.contentId);
    return contributionId ? { contributionId, command: { type: 'HideContribution', sanctionId: event.data.sanctionId, by: moderationActor } } : undefined;
  }
  return undefined;
}

/**
 * Moderation's verdicts and `delete_content` sanctions take effect on contributions, in the
 * consumer's transaction; the exactly-once consumer makes a redelivery a no-op, and the decider
 * ignores a verdict it already has.
 */
export const applyModerationToContributions = (store: EventStore) => async (client: PoolClient, envelope: EventEnvelope): Promise<void> => {
  const decided = commandFor(envelope);
  if (!decided) return;
  try {
    await store.handleIn(client, {
      decider: contributionDecider,
      stream: { tenantId: envelope.tenantid, ...contributionStream(decided.contributionId) },
      command: decided.command,
      context: { correlationId: envelope.correlationid, causationId: envelope.id },
    });
  } catch (error) {
    // Named like ours but never posted here (another deployment's id, a sanction typed by hand): nothing to change.
    if (error instanceof ContributionError && error.code === 'CONTRIBUTION_NOT_FOUND') return;
    throw error;
  }
};
