import { Lunar } from 'lunar-javascript';
import { inRange, yearsOf, type DateRange, type Occasion } from './occasion';

// Shopping festivals and social dates Chinese communities post for.
const commercial: Array<[monthDay: string, name: string]> = [
  ['02-14', '情人节'],
  ['03-08', '女神节'],
  ['05-20', '520'],
  ['06-01', '儿童节'],
  ['06-18', '618'],
  ['09-10', '教师节'],
  ['11-11', '双11'],
  ['12-12', '双12'],
];

// Local holidays and customs (CNT-36), by province-level region.
const regionalSolar: Array<[region: string, monthDay: string, name: string]> = [
  ['YN', '04-13', '泼水节'],
  ['YN', '04-14', '泼水节'],
  ['YN', '04-15', '泼水节'],
  ['HK', '07-01', '香港特别行政区成立纪念日'],
  ['MO', '12-20', '澳门特别行政区成立纪念日'],
];
const regionalLunar: Array<[region: string, month: number, day: number, name: string]> = [
  ['GX', 3, 3, '壮族三月三'],
  ['FJ', 3, 23, '妈祖诞辰'],
  ['HK', 4, 8, '佛诞'],
];

export function commercialOccasions(range: DateRange): Occasion[] {
  return yearsOf(range)
    .flatMap((year) => commercial.map(([monthDay, name]) => ({ date: `${year}-${monthDay}`, name, kind: 'COMMERCIAL' as const, region: null })))
    .filter((occasion) => inRange(occasion.date, range));
}

export function regionalOccasions(range: DateRange, regions: readonly string[]): Occasion[] {
  const wanted = new Set(regions);
  return yearsOf(range)
    .flatMap((year) => [
      ...regionalSolar.map(([region, monthDay, name]) => ({ date: `${year}-${monthDay}`, name, region })),
      ...regionalLunar.map(([region, month, day, name]) => ({ date: Lunar.fromYmd(year, month, day).getSolar().toYmd(), name, region })),
    ])
    .filter((occasion) => wanted.has(occasion.region) && inRange(occasion.date, range))
    .map((occasion) => ({ ...occasion, kind: 'REGIONAL' as const }));
}
