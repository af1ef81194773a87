import { inWindow, isWithin, minutesBetween, windowBefore, windowEndingAt } from './sliding-window';

const at = (time: string) => new Date(`2026-12-03T${time}:00Z`);

describe('sliding window', () => {
  const window = windowEndingAt(at('10:00'), 60);

  it('should hold what happened after its start and up to its end', () => {
    expect(isWithin(window, at('09:00'))).toBe(false);
    expect(isWithin(window, at('09:01'))).toBe(true);
    expect(isWithin(window, at('10:00'))).toBe(true);
    expect(isWithin(window, at('10:01'))).toBe(false);
  });

  it('should pick the items inside it', () => {
    const items = ['08:59', '09:30', '10:00', '10:30'].map((time) => ({ at: at(time), time }));
    expect(inWindow(window, items).map((item) => item.time)).toEqual(['09:30', '10:00']);
  });

  it('should give the span before it for a baseline', () => {
    expect(windowBefore(window, 120)).toEqual({ from: at('07:00'), to: at('09:00') });
  });

  it('should measure minutes between instants', () => {
    expect(minutesBetween(at('10:00'), at('10:25'))).toBe(25);
  });
});
