import type { LotDraw } from '@groundswell/events';

/** Points from one earning or positive adjustment, spent and expired oldest first. */
export interface Lot {
  lotRef: string;
  remaining: number;
  expiresAt?: string;
}

const expiredAt = (lot: Lot, at: Date) => lot.expiresAt !== undefined && Date.parse(lot.expiresAt) <= at.getTime();

/** Points that can be spent at `at`: lots past their expiry don't count, even before ExpirePoints runs. */
export function spendableBalance(lots: readonly Lot[], at: Date): number {
  return lots.filter((lot) => !expiredAt(lot, at)).reduce((sum, lot) => sum + lot.remaining, 0);
}

export const balance = (lots: readonly Lot[]): number => lots.reduce((sum, lot) => sum + lot.remaining, 0);

/** Which lots pay for `amount`, oldest first; undefined when the spendable balance is short. */
export function drawOldestFirst(lots: readonly Lot[], amount: number, at: Date): LotDraw[] | undefined {
  const draws: LotDraw[] = [];
  let owed = amount;
  for (const lot of lots) {
    if (owed === 0) break;
    if (expiredAt(lot, at) || lot.remaining === 0) continue;
    const taken = Math.min(lot.remaining, owed);
    draws.push({ lotRef: lot.lotRef, amount: taken });
    owed -= taken;
  }
  return owed === 0 ? draws : undefined;
}

/** What is left of every lot past its expiry at `at`, oldest first. */
export function expiredDraws(lots: readonly Lot[], at: Date): LotDraw[] {
  return lots.filter((lot) => lot.remaining > 0 && expiredAt(lot, at)).map((lot) => ({ lotRef: lot.lotRef, amount: lot.remaining }));
}

/** Lots after the draws; emptied lots are dropped. */
export function applyDraws(lots: readonly Lot[], draws: readonly LotDraw[]): Lot[] {
  const taken = new Map<string, number>();
  for (const draw of draws) taken.set(draw.lotRef, (taken.get(draw.lotRef) ?? 0) + draw.amount);
  return lots
    .map((lot) => ({ ...lot, remaining: lot.remaining - (taken.get(lot.lotRef) ?? 0) }))
    .filter((lot) => lot.remaining > 0);
}
