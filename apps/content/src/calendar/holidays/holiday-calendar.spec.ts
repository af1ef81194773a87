import { CalendarError } from '../calendar.error';
import { chineseOccasions } from './holiday-calendar';

const named = (name: string, from: string, to: string, regions: string[] = []) => chineseOccasions({ from, to }, regions).filter((occasion) => occasion.name === name);

describe('chineseOccasions', () => {
  it('should place 2026 春节 on 17 February and 除夕 on the 16th', () => {
    expect(named('春节', '2026-01-01', '2026-12-31').find((occasion) => occasion.kind === 'LUNAR_FESTIVAL')?.date).toBe('2026-02-17');
    expect(named('除夕', '2026-01-01', '2026-12-31').map((occasion) => occasion.date)).toEqual(['2026-02-16']);
  });

  it('should compute the other lunar festivals of 2026', () => {
    const dates = Object.fromEntries(chineseOccasions({ from: '2026-01-01', to: '2026-12-31' }).filter((occasion) => occasion.kind === 'LUNAR_FESTIVAL').map((occasion) => [occasion.name, occasion.date]));
    expect(dates).toMatchObject({ 元宵节: '2026-03-03', 端午节: '2026-06-19', 七夕: '2026-08-19', 中秋节: '2026-09-25', 重阳节: '2026-10-18' });
  });

  it('should find 腊八 of the lunar year before, in January 2026', () => {
    expect(named('腊八节', '2026-01-01', '2026-01-31').map((occasion) => occasion.date)).toEqual(['2026-01-26']);
  });

  it('should mark the 调休 working Saturday before 2026 春节 as an adjusted workday, and the holiday days as holidays', () => {
    const february = chineseOccasions({ from: '2026-02-14', to: '2026-02-23' });
    expect(february).toContainEqual({ date: '2026-02-14', name: '春节调休上班', kind: 'ADJUSTED_WORKDAY', region: null });
    expect(february).toContainEqual({ date: '2026-02-17', name: '春节', kind: 'PUBLIC_HOLIDAY', region: null });
    expect(new Date('2026-02-14T00:00:00Z').getUTCDay()).toBe(6);
  });

  it('should include 清明 as a solar term, the shopping festivals, and 国庆 as a public holiday', () => {
    const year = chineseOccasions({ from: '2026-01-01', to: '2026-12-31' });
    expect(year).toContainEqual({ date: '2026-04-05', name: '清明', kind: 'SOLAR_TERM', region: null });
    expect(year).toContainEqual({ date: '2026-11-11', name: '双11', kind: 'COMMERCIAL', region: null });
    expect(year).toContainEqual({ date: '2026-06-18', name: '618', kind: 'COMMERCIAL', region: null });
    expect(year).toContainEqual({ date: '2026-10-01', name: '国庆节', kind: 'PUBLIC_HOLIDAY', region: null });
  });

  it('should add regional customs only for the regions asked', () => {
    expect(named('壮族三月三', '2026-01-01', '2026-12-31')).toEqual([]);
    expect(named('壮族三月三', '2026-01-01', '2026-12-31', ['GX'])).toEqual([{ date: '2026-04-19', name: '壮族三月三', kind: 'REGIONAL', region: 'GX' }]);
    expect(named('泼水节', '2026-04-01', '2026-04-30', ['YN'])).toHaveLength(3);
  });

  it('should list occasions in date order within the range only', () => {
    const dates = chineseOccasions({ from: '2026-05-01', to: '2026-06-30' }).map((occasion) => occasion.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((date) => date >= '2026-05-01' && date <= '2026-06-30')).toBe(true);
    expect(dates).toContain('2026-05-20');
  });

  it('should refuse a malformed, reversed or overlong range', () => {
    for (const range of [{ from: '2026-02-30', to: '2026-03-01' }, { from: '2026-03-01', to: '2026-02-01' }, { from: '2026-01-01', to: '2027-06-01' }]) {
      expect(() => chineseOccasions(range)).toThrow(expect.objectContaining({ code: 'DATE_RANGE_INVALID', category: 'BAD_USER_INPUT' }));
      expect(() => chineseOccasions(range)).toThrow(CalendarError);
    }
  });
});
