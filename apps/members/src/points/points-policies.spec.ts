import { pointsExpiry } from './expiry-policy';
import { levelFor } from './growth-levels';

describe(pointsExpiry.name, () => {
  it('should never expire under the never policy', () => {
    expect(pointsExpiry(new Date('2025-01-31T00:00:00Z'), { kind: 'never' })).toBeUndefined();
  });

  it('should expire months after earning, clamped to the end of a short month', () => {
    const policy = { kind: 'months_after_earning' as const, months: 1 };
    expect(pointsExpiry(new Date('2025-01-31T09:30:00Z'), policy)).toEqual(new Date('2025-02-28T09:30:00Z'));
    expect(pointsExpiry(new Date('2025-03-15T00:00:00Z'), { ...policy, months: 12 })).toEqual(new Date('2026-03-15T00:00:00Z'));
  });

  it('should expire at the end of the year after next on the tenant clock', () => {
    const policy = { kind: 'end_of_year' as const, yearsAfter: 1, utcOffsetMinutes: 480 };
    // 2025-12-31 20:00 UTC is already 2026 in Shanghai.
    expect(pointsExpiry(new Date('2025-12-31T20:00:00Z'), policy)).toEqual(new Date('2027-12-31T16:00:00Z'));
    expect(pointsExpiry(new Date('2025-06-01T00:00:00Z'), policy)).toEqual(new Date('2026-12-31T16:00:00Z'));
  });
});

describe(levelFor.name, () => {
  const table = { version: 1, levels: [{ level: 'seed', minGrowth: 0 }, { level: 'sprout', minGrowth: 100 }, { level: 'tree', minGrowth: 1000 }] };

  it.each([
    [0, 'seed'],
    [99, 'seed'],
    [100, 'sprout'],
    [5000, 'tree'],
  ])('should place growth %i at %s', (growth, level) => {
    expect(levelFor(growth, table)).toBe(level);
  });
});
