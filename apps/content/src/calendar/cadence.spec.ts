import { cadenceOf, localDay, weekOf } from './cadence';

const plan = { postsPerWeek: { min: 2, max: 4 }, staleAfterDays: 5 };
const now = new Date('2026-03-12T04:00:00Z');
const facts = (postsInWeek: number, lastPublishedAt: string | null = '2026-03-11T04:00:00Z') => ({
  postsInWeek,
  lastPublishedAt: lastPublishedAt ? new Date(lastPublishedAt) : null,
  planSetAt: new Date('2026-03-01T00:00:00Z'),
});

describe(cadenceOf.name, () => {
  it('should raise no flag within the weekly targets and recently published', () => {
    expect(cadenceOf(plan, facts(3), now)).toEqual({ postsInWeek: 3, daysSinceLastPublication: 1, flags: [] });
  });

  it('should flag a week above the maximum as too frequent, and one below the minimum as too sparse', () => {
    expect(cadenceOf(plan, facts(5), now).flags).toEqual(['TOO_FREQUENT']);
    expect(cadenceOf(plan, facts(1), now).flags).toEqual(['TOO_SPARSE']);
    expect(cadenceOf(plan, facts(4), now).flags).toEqual([]);
    expect(cadenceOf(plan, facts(2), now).flags).toEqual([]);
  });

  it('should flag a community stale once nothing was published for staleAfterDays', () => {
    expect(cadenceOf(plan, facts(2, '2026-03-07T04:00:01Z'), now).flags).toEqual([]);
    expect(cadenceOf(plan, facts(2, '2026-03-07T04:00:00Z'), now)).toMatchObject({ daysSinceLastPublication: 5, flags: ['STALE'] });
  });

  it('should count staleness from the plan when nothing was ever published', () => {
    expect(cadenceOf(plan, facts(0, null), now)).toEqual({ postsInWeek: 0, daysSinceLastPublication: 11, flags: ['TOO_SPARSE', 'STALE'] });
  });
});

describe(weekOf.name, () => {
  it('should give the Monday-to-Sunday week of a day', () => {
    expect(weekOf('2026-03-12')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(weekOf('2026-03-15')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
    expect(weekOf('2026-03-09')).toEqual({ from: '2026-03-09', to: '2026-03-15' });
  });
});

describe(localDay.name, () => {
  it('should read an instant as a Beijing date, which is a day ahead after 16:00 UTC', () => {
    expect(localDay(new Date('2026-03-08T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-03-09');
    expect(localDay(new Date('2026-03-08T15:59:00Z'), 'Asia/Shanghai')).toBe('2026-03-08');
  });
});
