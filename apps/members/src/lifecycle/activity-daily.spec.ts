import type { StoredEvent } from '@groundswell/event-store';
import { dailyCounts } from './activity-daily';

const communityId = '5b0e8a56-1d55-4d47-9a4c-0a3f6f1c2b01';
const memberId = '0b6f3c52-5a55-4c36-9b0c-2f7f2f0e1a11';
const activity = (kind: string, occurredAt: string, type = 'groundswell.members.MemberActivityRecorded.v1') =>
  ({ type, occurredAt: new Date(occurredAt), data: { communityId, memberId, kind } }) as unknown as StoredEvent;

describe(dailyCounts.name, () => {
  it('should count activity per UTC day and kind, keeping the latest instant of each', () => {
    const counts = dailyCounts([
      activity('reaction', '2026-08-01T23:30:00Z'),
      activity('reaction', '2026-08-01T08:00:00Z'),
      // 00:30 UTC on the 2nd is still the 2nd in UTC, whatever the tenant's clock says.
      activity('reaction', '2026-08-02T00:30:00Z'),
      activity('comment', '2026-08-01T09:00:00Z'),
    ]);
    expect(counts).toEqual([
      { communityId, memberId, day: '2026-08-01', kind: 'reaction', count: 2, lastAt: new Date('2026-08-01T23:30:00Z') },
      { communityId, memberId, day: '2026-08-02', kind: 'reaction', count: 1, lastAt: new Date('2026-08-02T00:30:00Z') },
      { communityId, memberId, day: '2026-08-01', kind: 'comment', count: 1, lastAt: new Date('2026-08-01T09:00:00Z') },
    ]);
  });

  it('should ignore events other than activity', () => {
    expect(dailyCounts([activity('reaction', '2026-08-01T00:00:00Z', 'groundswell.members.MemberJoined.v2')])).toEqual([]);
  });
});
