import { addDays, dayOf, daysBetween, isDay, periodsCovering } from './calendar';

describe('calendar', () => {
  it('should cover a range with whole ISO weeks starting on Monday', () => {
    expect(periodsCovering('2025-03-05', '2025-03-12', 'WEEK')).toEqual([
      { start: '2025-03-03', end: '2025-03-09' },
      { start: '2025-03-10', end: '2025-03-16' },
    ]);
  });

  it('should cover a range with whole calendar months, leap days included', () => {
    expect(periodsCovering('2024-02-10', '2024-03-01', 'MONTH')).toEqual([
      { start: '2024-02-01', end: '2024-02-29' },
      { start: '2024-03-01', end: '2024-03-31' },
    ]);
  });

  it('should give one period per day at DAY granularity', () => {
    expect(periodsCovering('2025-12-31', '2026-01-01', 'DAY')).toEqual([
      { start: '2025-12-31', end: '2025-12-31' },
      { start: '2026-01-01', end: '2026-01-01' },
    ]);
  });

  it('should take the UTC day of an instant', () => {
    expect(dayOf('2025-03-01T23:30:00+08:00')).toBe('2025-03-01');
    expect(dayOf('2025-03-01T16:30:00Z')).toBe('2025-03-01');
  });

  it('should reject days that do not exist', () => {
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-2-1')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
  });

  it('should do day arithmetic across month ends', () => {
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-02-01', '2025-03-01')).toBe(28);
  });
});
