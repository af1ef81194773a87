/** A half-open span of time, (from, to]: an observation exactly `minutes` old has left the window. */
export interface TimeWindow {
  from: Date;
  to: Date;
}

const minute = 60_000;

export function windowEndingAt(to: Date, minutes: number): TimeWindow {
  return { from: new Date(to.getTime() - minutes * minute), to };
}

/** The window of the same end, `minutes` earlier. */
export function windowBefore(window: TimeWindow, minutes: number): TimeWindow {
  return windowEndingAt(window.from, minutes);
}

export function isWithin(window: TimeWindow, at: Date): boolean {
  return at.getTime() > window.from.getTime() && at.getTime() <= window.to.getTime();
}

export function inWindow<T extends { at: Date }>(window: TimeWindow, items: readonly T[]): T[] {
  return items.filter((item) => isWithin(window, item.at));
}

export function minutesBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / minute;
}
