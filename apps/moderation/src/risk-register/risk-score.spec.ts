import { isRating, riskBand, riskScore } from './risk-score';

describe('risk score', () => {
  it('should multiply likelihood by impact', () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(riskScore(1, 1)).toBe(1);
  });

  it.each([
    [1, 'low'],
    [4, 'low'],
    [5, 'medium'],
    [9, 'medium'],
    [10, 'high'],
    [16, 'high'],
    [20, 'critical'],
    [25, 'critical'],
  ] as const)('should band a score of %i as %s', (score, band) => {
    expect(riskBand(score)).toBe(band);
  });

  it('should accept whole ratings 1–5 only', () => {
    expect([0, 1, 5, 6, 2.5].map(isRating)).toEqual([false, true, true, false, false]);
  });
});
