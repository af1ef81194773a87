import { schedulerConfig } from './scheduler.config';

describe(schedulerConfig.name, () => {
  it('should run every 15 minutes unless told otherwise', () => {
    expect(schedulerConfig({})).toEqual({ intervalMs: 900_000, enabled: true });
    expect(schedulerConfig({ MEMBERS_SCHEDULE_INTERVAL_MS: '60000', MEMBERS_SCHEDULER_ENABLED: 'false' })).toEqual({ intervalMs: 60_000, enabled: false });
  });

  it('should refuse an interval under a second, or not a number', () => {
    expect(() => schedulerConfig({ MEMBERS_SCHEDULE_INTERVAL_MS: '10' })).toThrow();
    expect(() => schedulerConfig({ MEMBERS_SCHEDULE_INTERVAL_MS: 'hourly' })).toThrow();
  });
});
