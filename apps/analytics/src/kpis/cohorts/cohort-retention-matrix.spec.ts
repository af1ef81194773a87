import { randomUUID } from 'node:crypto';
import { aMemberActivity, aMemberJoined, aTenantId } from '../../testing/analytics-event.factories';
import { periodsCovering } from '../calendar';
import { EventLogFactSource } from '../../testing/event-log-fact-source';
import { cohortRetentionMatrix } from './cohort-retention-matrix';

describe(cohortRetentionMatrix.name, () => {
  const tenantId = aTenantId();
  const communityId = randomUUID();
  const join = (memberId: string, day: string) => aMemberJoined({ tenantId, communityId, memberId, at: `${day}T08:00:00Z` });
  const act = (memberId: string, day: string) => aMemberActivity({ tenantId, communityId, memberId, at: `${day}T12:00:00Z` });

  it('should count each weekly cohort’s members active in each following week, and leave weeks after asOf open', async () => {
    const [ann, bob, cai, dan] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const facts = new EventLogFactSource([
      join(ann, '2025-03-03'), join(bob, '2025-03-05'), join(cai, '2025-03-09'), // week of 3 March: 3 members
      join(dan, '2025-03-12'), // week of 10 March: 1 member
      act(ann, '2025-03-04'), act(bob, '2025-03-06'), // week 0
      act(ann, '2025-03-11'), act(cai, '2025-03-16'), act(dan, '2025-03-16'), // week 1 of the first cohort, week 0 of the second
      act(bob, '2025-03-20'), // week 2
    ]);
    const rows = await cohortRetentionMatrix({
      scope: { tenantId },
      periods: periodsCovering('2025-03-03', '2025-03-16', 'WEEK'),
      granularity: 'WEEK',
      offsets: 4,
      asOf: new Date('2025-03-25T00:00:00Z'),
      facts,
    });
    expect(rows.map((row) => ({ start: row.cohortStart, size: row.size, retained: row.cells.map((cell) => cell.retained) }))).toEqual([
      { start: '2025-03-03', size: 3, retained: [2, 2, 1, 0] }, // the week of 24 March has begun by asOf
      { start: '2025-03-10', size: 1, retained: [1, 0, 0, null] }, // the week of 31 March has not
    ]);
    expect(rows[0]!.cells[1]).toEqual({ offset: 1, periodStart: '2025-03-10', periodEnd: '2025-03-16', retained: 2, rate: 2 / 3 });
  });
});
