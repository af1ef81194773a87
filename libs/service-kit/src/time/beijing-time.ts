// Operators work in China: the times they read are Beijing time (UTC+8, no daylight saving).
const dateTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** `2026-12-03 10:25 (北京时间)` */
export function beijingTime(at: Date): string {
  return `${dateTime.format(at)} (北京时间)`;
}

/** The calendar day in Beijing, `2026-12-03`. */
export function beijingDay(at: Date): string {
  return dateTime.format(at).slice(0, 10);
}
