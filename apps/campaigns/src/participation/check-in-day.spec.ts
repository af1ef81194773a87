import { daysBetween, isTimeZone, localDay, nextStreak } from './check-in-day';

describe(localDay.name, () => {
  it('should date an instant in the given time zone, not in UTC', () => {
    const lateEveningUtc = new Date('2026-12-14T17:30:00Z');
    expect(localDay(lateEveningUtc, 'Asia/Shanghai')).toBe('2026-12-15');
    expect(localDay(lateEveningUtc, 'Europe/London')).toBe('2026-12-14');
    expect(localDay(lateEveningUtc, 'America/Los_Angeles')).toBe('2026-12-14');
  });
});

describe(nextStreak.name, () => {
  it('should start a streak at 1', () => {
    expect(nextStreak(null, '2026-12-15')).toBe(1);
  });

  it('should extend the streak on the next day, across a month end', () => {
    expect(nextStreak({ day: '2026-12-31', streak: 6 }, '2027-01-01')).toBe(7);
  });

  it('should restart the streak after a missed day', () => {
    expect(nextStreak({ day: '2026-12-13', streak: 6 }, '2026-12-15')).toBe(1);
  });
});

describe(daysBetween.name, () => {
  it('should count calendar days, leap days included', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});

describe(isTimeZone.name, () => {
  it('should accept IANA zones and refuse anything else', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
