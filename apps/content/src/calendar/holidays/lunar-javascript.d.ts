// The package ships no types; these are the few calls the holiday calendar makes.
declare module 'lunar-javascript' {
  export interface Solar {
    toYmd(): string;
    next(days: number): Solar;
  }
  export interface Lunar {
    getSolar(): Solar;
    getJieQiTable(): Record<string, Solar>;
  }
  export const Lunar: { fromYmd(year: number, month: number, day: number): Lunar };
  export const Solar: { fromYmd(year: number, month: number, day: number): Solar };
}
