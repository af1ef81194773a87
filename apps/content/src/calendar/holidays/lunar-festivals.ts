import { Lunar } from 'lunar-javascript';
import { inRange, yearsOf, type DateRange, type Occasion } from './occasion';

// Festivals and rituals fixed in the lunar calendar (month, day).
const lunarFestivals: Array<[month: number, day: number, name: string]> = [
  [1, 1, '春节'],
  [1, 15, '元宵节'],
  [2, 2, '龙抬头'],
  [5, 5, '端午节'],
  [7, 7, '七夕'],
  [7, 15, '中元节'],
  [8, 15, '中秋节'],
  [9, 9, '重阳节'],
  [12, 8, '腊八节'],
  [12, 23, '小年'],
];
const solarTerms = ['清明', '冬至'];

function ofLunarYear(year: number): Occasion[] {
  const festivals = lunarFestivals.map(([month, day, name]) => ({ date: Lunar.fromYmd(year, month, day).getSolar().toYmd(), name }));
  // 除夕 is the last day of the twelfth month, the 29th or the 30th: the day before next 春节.
  festivals.push({ date: Lunar.fromYmd(year + 1, 1, 1).getSolar().next(-1).toYmd(), name: '除夕' });
  const terms = Lunar.fromYmd(year, 1, 1).getJieQiTable();
  const termDays = solarTerms.map((name) => ({ date: terms[name]!.toYmd(), name }));
  return [
    ...festivals.map((festival) => ({ ...festival, kind: 'LUNAR_FESTIVAL' as const, region: null })),
    ...termDays.map((term) => ({ ...term, kind: 'SOLAR_TERM' as const, region: null })),
  ];
}

/** Lunar festivals and the ritual solar terms, computed by `lunar-javascript`. */
export function lunarOccasions(range: DateRange): Occasion[] {
  // A Gregorian year spans the end of one lunar year and the start of the next.
  return [...new Set(yearsOf(range).flatMap((year) => [year - 1, year]))].flatMap(ofLunarYear).filter((occasion) => inRange(occasion.date, range));
}
