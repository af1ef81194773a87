import { afterFailedAttempt, retryDelaysMs, shouldDisable } from './retry-schedule';

describe('webhook retry schedule', () => {
  const at = new Date('2026-12-03T08:00:00Z');

  it('should space retries out exponentially over about a day and stop after the last', () => {
    expect(afterFailedAttempt(1, at)).toEqual(new Date('2026-12-03T08:00:05Z'));
    expect(afterFailedAttempt(2, at)).toEqual(new Date('2026-12-03T08:05:00Z'));
    expect(afterFailedAttempt(7, at)).toEqual(new Date('2026-12-03T18:00:00Z'));
    expect(afterFailedAttempt(8, at)).toBeNull();
    const total = retryDelaysMs.reduce((sum, delay) => sum + delay, 0);
    expect(total / 3_600_000).toBeGreaterThan(24);
  });

  it('should disable a subscription only after five days of failures without a success', () => {
    expect(shouldDisable(null, at)).toBe(false);
    expect(shouldDisable(new Date('2026-11-28T08:00:01Z'), at)).toBe(false);
    expect(shouldDisable(new Date('2026-11-28T08:00:00Z'), at)).toBe(true);
  });
});
