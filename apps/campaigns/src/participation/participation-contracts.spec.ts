import { randomUUID } from 'node:crypto';
import { createEnvelope, createEventRegistry } from '@groundswell/events';
import { participationEventTypes } from './participation.events';
import { ballotOptions, nowIso, participationEvents, registrationEvents } from './participation.fixtures';

// The outbox relay publishes what the deciders decide; consumers decode it with the libs/events contracts.
describe('participation event contracts', () => {
  const registry = createEventRegistry();
  const decodes = (event: { type: string; data: unknown }) =>
    registry.decode(createEnvelope({ type: event.type, data: event.data, subject: `participation-${randomUUID()}`, tenantid: 'tenant-a', streamversion: 1, time: new Date() }));

  it('should decode every participation, registration and ballot event under its contract', () => {
    const all = [
      participationEvents.joined(),
      participationEvents.joined({ channel: null, referralCode: 'INVITE-42' }),
      participationEvents.checkedIn('2026-12-15', 3),
      participationEvents.voteCast('blue'),
      registrationEvents.opened(5),
      registrationEvents.requested('member-a'),
      registrationEvents.confirmed('member-a', 1),
      registrationEvents.waitlisted('member-b', 1),
      registrationEvents.cancelled('member-a', true),
      registrationEvents.promoted('member-b', 1),
      { type: participationEventTypes.ballotOpened, data: { campaignId: 'campaign-1', options: ballotOptions, openedBy: 'u-manager', openedAt: nowIso } },
    ];
    for (const event of all) expect(decodes(event).data).toEqual(event.data);
  });
});
