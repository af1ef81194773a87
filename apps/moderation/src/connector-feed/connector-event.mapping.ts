import { ConnectorCrisisNoticeV1, ConnectorSanctionToEnforceV1, ConnectorSanctionToLiftV1, createEventRegistry, CrisisAlertEscalatedV1, CrisisAlertRaisedV1, CrisisAlertResolvedV1, CrisisSlaBreachedV1, SanctionAppliedV1, SanctionExpiredV1, SanctionLiftedV1, type EventEnvelope } from '@groundswell/events';

const registry = createEventRegistry();
const mapped = new Set<string>(
  [SanctionAppliedV1, SanctionLiftedV1, SanctionExpiredV1, CrisisAlertRaisedV1, CrisisAlertEscalatedV1, CrisisSlaBreachedV1, CrisisAlertResolvedV1].map((definition) => definition.type),
);

/** What a connector is told, keyed by what it concerns (the member, or the alert) so order holds per key. */
export interface ConnectorEvent {
  type: string;
  key: string;
  data: Record<string, unknown>;
}

const crisisNotice = (key: string, data: Record<string, unknown>): ConnectorEvent => ({ type: ConnectorCrisisNoticeV1.type, key, data });

/** The connector's view of a moderation event, or undefined when there is nothing to carry out on a platform. */
export function toConnectorEvent(envelope: EventEnvelope): ConnectorEvent | undefined {
  if (!mapped.has(envelope.type)) return undefined;
  const event = registry.decode(envelope);
  if (SanctionAppliedV1.is(event)) {
    const { sanctionId, memberId, communityId, kind, contentId, expiresAt, notice } = event.data;
    return { type: ConnectorSanctionToEnforceV1.type, key: memberId, data: { sanctionId, memberId, communityId, kind, contentId, until: expiresAt, notice } };
  }
  if (SanctionLiftedV1.is(event)) {
    const { sanctionId, memberId, communityId, kind } = event.data;
    return { type: ConnectorSanctionToLiftV1.type, key: memberId, data: { sanctionId, memberId, communityId, kind, because: 'lifted' } };
  }
  if (SanctionExpiredV1.is(event)) {
    const { sanctionId, memberId, communityId } = event.data;
    return { type: ConnectorSanctionToLiftV1.type, key: memberId, data: { sanctionId, memberId, communityId, kind: 'mute', because: 'expired' } };
  }
  if (CrisisAlertRaisedV1.is(event)) {
    const { alertId, communityId, severity, crisisType, responseDueAt, raisedAt } = event.data;
    return crisisNotice(alertId, { alertId, communityId, stage: 'raised', severity, crisisType, responseDueAt, at: raisedAt });
  }
  if (CrisisAlertEscalatedV1.is(event)) {
    const { alertId, communityId, severity, recipients, escalatedAt } = event.data;
    return crisisNotice(alertId, { alertId, communityId, stage: 'escalated', severity, recipients, at: escalatedAt });
  }
  if (CrisisSlaBreachedV1.is(event)) {
    const { alertId, communityId, responseDueAt, detectedAt } = event.data;
    return crisisNotice(alertId, { alertId, communityId, stage: 'sla_breached', responseDueAt, at: detectedAt });
  }
  if (CrisisAlertResolvedV1.is(event)) {
    const { alertId, communityId, resolvedAt } = event.data;
    return crisisNotice(alertId, { alertId, communityId, stage: 'resolved', at: resolvedAt });
  }
  return undefined;
}
