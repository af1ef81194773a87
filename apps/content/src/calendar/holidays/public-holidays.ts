import { getDayDetail } from 'chinese-days';
import { daysOf, type DateRange, type Occasion } from './occasion';

/**
 * The State Council's public holidays and adjusted working days (调休), from `chinese-days`, which
 * publishes each year's notice. A holiday or 调休 day's detail name reads "Spring Festival,春节,4".
 */
export function publicHolidays(range: DateRange): Occasion[] {
  return daysOf(range).flatMap((date) => {
    const { work, name } = getDayDetail(date);
    const [, chinese] = name.split(',');
    if (!chinese) return [];
    return [work ? { date, name: `${chinese}调休上班`, kind: 'ADJUSTED_WORKDAY', region: null } : { date, name: chinese, kind: 'PUBLIC_HOLIDAY', region: null }];
  });
}
