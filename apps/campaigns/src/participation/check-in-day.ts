/** The calendar date (YYYY-MM-DD) of `instant` in an IANA time zone. */
export function localDay(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return timeZone.length <= 64;
  } catch {
    return false;
  }
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Whole calendar days from `earlier` to `later` (both YYYY-MM-DD). */
export function daysBetween(earlier: string, later: string): number {
  return dayNumber(later) - dayNumber(earlier);
}

/**
 * The missed-day rule (CMP-08): checking in the day after the last check-in extends the streak;
 * any missed day restarts it at 1.
 */
export function nextStreak(last: { day: string; streak: number } | null, day: string): number {
  return last && daysBetween(last.day, day) === 1 ? last.streak + 1 : 1;
}
