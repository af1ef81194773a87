import type { StoredEvent } from '@groundswell/event-store';
import { CrisisAlertRaisedV1, MemberJoinedV2, SanctionAppliedV1 } from '@groundswell/events';
import { crisisAlertEventTypes } from '../crisis/crisis-alert.events';
import { isPublishedModerationEvent } from './published-events';

function aStoredEvent(type: string, streamType: string): StoredEvent {
  const at = new Date('2026-03-01T08:30:00.000Z');
  return {
    globalPosition: 1n,
    transactionId: 1n,
    eventId: '01956b2a-7c00-7000-8000-000000000001',
    tenantId: 'tenant-acme',
    streamId: `${streamType}-1`,
    streamType,
    streamVersion: 1,
    type,
    data: {},
    occurredAt: at,
    recordedAt: at,
    correlationId: '01956b2a-7c00-7000-8000-0000000000aa',
    causationId: '01956b2a-7c00-7000-8000-0000000000bb',
    traceparent: null,
  };
}

describe('isPublishedModerationEvent', () => {
  it('should publish contract events on catalogued streams', () => {
    expect(isPublishedModerationEvent(aStoredEvent(SanctionAppliedV1.type, 'member-sanctions'))).toBe(true);
    expect(isPublishedModerationEvent(aStoredEvent(CrisisAlertRaisedV1.type, 'crisis-alert'))).toBe(true);
  });

  it('should keep events without a published contract in the service', () => {
    expect(isPublishedModerationEvent(aStoredEvent(crisisAlertEventTypes.acknowledged, 'crisis-alert'))).toBe(false);
    expect(isPublishedModerationEvent(aStoredEvent('groundswell.moderation.WatchedWordsChanged.v1', 'watched-words'))).toBe(false);
  });

  it('should keep a contract event on a stream type the catalogue does not name, or another service’s event', () => {
    expect(isPublishedModerationEvent(aStoredEvent(SanctionAppliedV1.type, 'escalation-policy'))).toBe(false);
    expect(isPublishedModerationEvent(aStoredEvent(MemberJoinedV2.type, 'member-sanctions'))).toBe(false);
  });
});
