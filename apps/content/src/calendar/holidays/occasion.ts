/** A day that matters to a content calendar (CNT-35, CNT-36). */
export type OccasionKind = 'PUBLIC_HOLIDAY' | 'ADJUSTED_WORKDAY' | 'LUNAR_FESTIVAL' | 'SOLAR_TERM' | 'COMMERCIAL' | 'REGIONAL';

export interface Occasion {
  /** Calendar date, YYYY-MM-DD, in China. */
  date: string;
  name: string;
  kind: OccasionKind;
  /** ISO 3166-2:CN subdivision code without the prefix (GX, YN…) for regional occasions, else null. */
  region: string | null;
}

export interface DateRange {
  from: string;
  to: string;
}

export const inRange = (date: string, { from, to }: DateRange) => date >= from && date <= to;

export function yearsOf({ from, to }: DateRange): number[] {
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

export function daysOf({ from, to }: DateRange): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day.toISOString().slice(0, 10) <= to; day.setUTCDate(day.getUTCDate() + 1)) days.push(day.toISOString().slice(0, 10));
  return days;
}
