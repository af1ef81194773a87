import { beijingDay, beijingTime } from './beijing-time';

describe(beijingTime.name, () => {
  it('should show an instant in Beijing time, eight hours ahead of UTC', () => {
    expect(beijingTime(new Date('2026-12-03T02:25:00Z'))).toBe('2026-12-03 10:25 (北京时间)');
  });

  it('should give the Beijing calendar day, which starts at 16:00 UTC', () => {
    expect(beijingDay(new Date('2026-12-03T15:59:00Z'))).toBe('2026-12-03');
    expect(beijingDay(new Date('2026-12-03T16:00:00Z'))).toBe('2026-12-04');
  });
});
