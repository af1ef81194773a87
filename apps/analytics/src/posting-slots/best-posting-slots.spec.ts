import { bestPostingSlots, slotLabel } from './best-posting-slots';

const histogram = (counts: Record<number, number>) => Array.from({ length: 24 }, (_, hour) => counts[hour] ?? 0);

describe(bestPostingSlots.name, () => {
  it('should suggest S19’s lunch break and evening: 12:00–13:00 and 20:00–22:00, the busier first', () => {
    const slots = bestPostingSlots(histogram({ 9: 6, 12: 30, 16: 4, 20: 24, 21: 24 }), 3);
    expect(slots.map(slotLabel)).toEqual(['20:00–22:00', '12:00–13:00']);
    expect(slots[0]).toEqual({ startHour: 20, endHour: 22, interactions: 48, share: 48 / 88 });
    expect(slots[1]!.share).toBeCloseTo(30 / 88, 12);
  });

  it('should keep only hours with at least half the peak, and cut the list at the limit', () => {
    expect(bestPostingSlots(histogram({ 8: 10, 12: 20, 19: 9, 21: 11 }), 1).map(slotLabel)).toEqual(['12:00–13:00']);
    expect(bestPostingSlots(histogram({ 8: 10, 12: 20, 19: 9, 21: 11 }), 5).map(slotLabel)).toEqual(['12:00–13:00', '21:00–22:00', '08:00–09:00']);
  });

  it('should find a slot that runs past midnight whole', () => {
    expect(bestPostingSlots(histogram({ 22: 10, 23: 12, 0: 11, 12: 2 }), 3)).toEqual([{ startHour: 22, endHour: 1, interactions: 33, share: 33 / 35 }]);
  });

  it('should suggest nothing without activity, and the whole day when every hour is busy', () => {
    expect(bestPostingSlots(histogram({}), 3)).toEqual([]);
    expect(bestPostingSlots(Array.from({ length: 24 }, () => 5), 3)).toEqual([{ startHour: 0, endHour: 24, interactions: 120, share: 1 }]);
  });
});
