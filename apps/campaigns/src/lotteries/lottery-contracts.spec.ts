import { randomUUID } from 'node:crypto';
import { createEnvelope, createEventRegistry } from '@groundswell/events';
import { created, drawn, entered, entriesClosed } from './lottery.fixtures';

// Analytics and every other consumer decode the relay's messages with the libs/events contracts.
describe('lottery event contracts', () => {
  const registry = createEventRegistry();
  const decodes = (event: { type: string; data: unknown }) =>
    registry.decode(createEnvelope({ type: event.type, data: event.data, subject: `lottery-${randomUUID()}`, tenantid: 'tenant-a', streamversion: 1, time: new Date() }));

  it('should decode every lottery event under its contract', () => {
    const members = ['member-1', 'member-2', 'member-3'];
    for (const event of [created(), entered('member-1'), entriesClosed(members), drawn(members)]) expect(decodes(event).data).toEqual(event.data);
  });

  it('should refuse a drawn event whose seed is not a seed', () => {
    const event = drawn(['member-1']);
    expect(() => decodes({ ...event, data: { ...event.data, seed: 'guess' } })).toThrow();
  });
});
