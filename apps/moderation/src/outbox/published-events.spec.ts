import { aStoredEvent } from '@groundswell/event-store/testing';
import { CrisisAlertRaisedV1, MemberJoinedV2, SanctionAppliedV1 } from '@groundswell/events';
import { crisisAlertEventTypes } from '../crisis/crisis-alert.events';
import { isPublishedModerationEvent } from './published-events';

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
