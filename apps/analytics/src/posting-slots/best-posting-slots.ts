/** A run of consecutive local hours when the community is most active (CNT-31, CNT-33, S19). */
export interface PostingSlot {
  /** Local hour the slot starts, 0–23. */
  startHour: number;
  /** Local hour it ends, exclusive, 1–24 (a slot may run past midnight: 23 → 1). */
  endHour: number;
  interactions: number;
  /** Of all interactions in the period, 0–1. */
  share: number;
}

/** An hour at half the peak's activity or more is a busy hour; a slot is a run of busy hours. */
export const BUSY_SHARE_OF_PEAK = 0.5;

/** The busiest slots, most interactions first, from interactions per local hour of day (24 counts). */
export function bestPostingSlots(byLocalHour: readonly number[], limit: number): PostingSlot[] {
  const total = byLocalHour.reduce((sum, count) => sum + count, 0);
  if (total === 0) return [];
  const peak = Math.max(...byLocalHour);
  const busy = byLocalHour.map((count) => count >= peak * BUSY_SHARE_OF_PEAK);
  if (busy.every(Boolean)) return [{ startHour: 0, endHour: 24, interactions: total, share: 1 }];
  // Start scanning after a quiet hour, so a run across midnight is found whole.
  const offset = busy.indexOf(false) + 1;
  const runs: number[][] = [];
  for (let step = 0; step < 24; step++) {
    const hour = (offset + step) % 24;
    if (!busy[hour]) continue;
    const previous = (hour + 23) % 24;
    if (busy[previous] && runs.length > 0 && step > 0) runs.at(-1)!.push(hour);
    else runs.push([hour]);
  }
  return runs
    .map((hours) => {
      const interactions = hours.reduce((sum, hour) => sum + byLocalHour[hour]!, 0);
      return { startHour: hours[0]!, endHour: ((hours.at(-1)! + 1) % 24) || 24, interactions, share: interactions / total };
    })
    .sort((left, right) => right.interactions - left.interactions || left.startHour - right.startHour)
    .slice(0, limit);
}

/** "20:00–22:00" */
export function slotLabel({ startHour, endHour }: Pick<PostingSlot, 'startHour' | 'endHour'>): string {
  const hour = (value: number) => `${String(value).padStart(2, '0')}:00`;
  return `${hour(startHour)}–${hour(endHour)}`;
}
