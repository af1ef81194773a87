/** A UTC calendar day, `YYYY-MM-DD`. KPI buckets are UTC days, like the activity streams they come from. */
export type Day = string;

export const granularities = ['DAY', 'WEEK', 'MONTH'] as const;
export type Granularity = (typeof granularities)[number];

/** One point of a series: the days `start` to `end`, both included. */
export interface Period {
  start: Day;
  end: Day;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const msPerDay = 86_400_000;

export function isDay(value: string): boolean {
  return dayPattern.test(value) && toDate(value).toISOString().slice(0, 10) === value;
}

export function dayOf(instant: string | Date): Day {
  return new Date(instant).toISOString().slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return new Date(toDate(day).getTime() + days * msPerDay).toISOString().slice(0, 10);
}

/** Days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: Day, to: Day): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / msPerDay);
}

/** Whole periods covering `from`..`to`: ISO weeks start on Monday, months on the 1st. */
export function periodsCovering(from: Day, to: Day, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  for (let start = periodStart(from, granularity); start <= to; start = addDays(periodEnd(start, granularity), 1)) {
    periods.push({ start, end: periodEnd(start, granularity) });
  }
  return periods;
}

function periodStart(day: Day, granularity: Granularity): Day {
  if (granularity === 'DAY') return day;
  if (granularity === 'WEEK') return addDays(day, -((toDate(day).getUTCDay() + 6) % 7));
  return `${day.slice(0, 8)}01`;
}

function periodEnd(start: Day, granularity: Granularity): Day {
  if (granularity === 'DAY') return start;
  if (granularity === 'WEEK') return addDays(start, 6);
  const date = toDate(start);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

function toDate(day: Day): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
