import { backoffDelay, defaultBackoff } from './backoff';

const noJitter = () => 1;
const fullJitter = () => 0;

describe(backoffDelay.name, () => {
  it('should start at the initial delay', () => {
    expect(backoffDelay(1, defaultBackoff, noJitter)).toBe(100);
  });

  it('should double with every retry', () => {
    expect([1, 2, 3, 4, 5].map((retry) => backoffDelay(retry, defaultBackoff, noJitter))).toEqual([100, 200, 400, 800, 1_600]);
  });

  it('should never exceed the maximum delay', () => {
    expect(backoffDelay(7, defaultBackoff, noJitter)).toBe(5_000);
    expect(backoffDelay(1_000, defaultBackoff, noJitter)).toBe(5_000);
  });

  it('should keep jittered delays between half and all of the exponential delay', () => {
    expect(backoffDelay(3, defaultBackoff, fullJitter)).toBe(200);
    expect(backoffDelay(3, defaultBackoff, () => 0.5)).toBe(300);
    for (let retry = 1; retry < 20; retry++) {
      const delay = backoffDelay(retry, defaultBackoff);
      expect(delay).toBeGreaterThanOrEqual(Math.min(5_000, 100 * 2 ** (retry - 1)) / 2);
      expect(delay).toBeLessThanOrEqual(5_000);
    }
  });

  it('should treat a retry number below 1 as the first retry', () => {
    expect(backoffDelay(0, { initialMs: 50, maxMs: 1_000 }, noJitter)).toBe(50);
  });
});
