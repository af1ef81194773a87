import { randomUUID } from 'node:crypto';
import { createEnvelope, createEventRegistry } from '@groundswell/events';
import { contestCreated, entryJudged, entrySubmitted, resultsPublished } from './contest.fixtures';

// Analytics and every other consumer decode the relay's messages with the libs/events contracts.
describe('contest event contracts', () => {
  const registry = createEventRegistry();
  const decodes = (event: { type: string; data: unknown }) =>
    registry.decode(createEnvelope({ type: event.type, data: event.data, subject: `contest-${randomUUID()}`, tenantid: 'tenant-a', streamversion: 1, time: new Date() }));

  it('should decode every contest event under its contract', () => {
    const ranking = [{ rank: 1, entryId: 'entry-1', memberId: 'member-1', averageScore: 7.5, judgeCount: 2 }];
    for (const event of [contestCreated(), entrySubmitted('entry-1', 'member-1', '一次成型'), entryJudged('entry-1', 'judge-a', 8), resultsPublished(ranking)]) {
      expect(decodes(event).data).toEqual(event.data);
    }
  });

  it('should refuse a contest without judges', () => {
    const event = contestCreated();
    expect(() => decodes({ ...event, data: { ...event.data, judgeIds: [] } })).toThrow();
  });
});
