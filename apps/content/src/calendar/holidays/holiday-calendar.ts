import { CalendarError } from '../calendar.error';
import { commercialOccasions, regionalOccasions } from './fixed-date-occasions';
import { lunarOccasions } from './lunar-festivals';
import { publicHolidays } from './public-holidays';
import type { DateRange, Occasion } from './occasion';

export const MAX_RANGE_DAYS = 366;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export function validRange(range: DateRange): DateRange {
  const valid = (date: string) => datePattern.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
  if (!valid(range.from) || !valid(range.to)) throw new CalendarError('DATE_RANGE_INVALID', 'Dates are YYYY-MM-DD', { ...range });
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000 + 1;
  if (days < 1 || days > MAX_RANGE_DAYS) throw new CalendarError('DATE_RANGE_INVALID', `A range is 1–${MAX_RANGE_DAYS} days, from before to`, { ...range });
  return range;
}

const kindOrder = ['PUBLIC_HOLIDAY', 'ADJUSTED_WORKDAY', 'LUNAR_FESTIVAL', 'SOLAR_TERM', 'COMMERCIAL', 'REGIONAL'];

/** Every occasion in the range (both ends included), by date; regional ones only for the regions asked. */
export function chineseOccasions(range: DateRange, regions: readonly string[] = []): Occasion[] {
  validRange(range);
  return [...publicHolidays(range), ...lunarOccasions(range), ...commercialOccasions(range), ...regionalOccasions(range, regions)].sort(
    (left, right) => left.date.localeCompare(right.date) || kindOrder.indexOf(left.kind) - kindOrder.indexOf(right.kind) || left.name.localeCompare(right.name),
  );
}
