/**
 * A tenant's points expiry policy: never; a number of months after earning; or at the end of
 * the calendar year a number of years after earning (e.g. 1: points earned in 2025 lapse when
 * 2026 ends), on the tenant's clock.
 */
export type PointsExpiryPolicy =
  | { kind: 'never' }
  | { kind: 'months_after_earning'; months: number }
  | { kind: 'end_of_year'; yearsAfter: number; utcOffsetMinutes: number };

/** When points earned at `earnedAt` expire under the policy; `undefined` = never. */
export function pointsExpiry(earnedAt: Date, policy: PointsExpiryPolicy): Date | undefined {
  switch (policy.kind) {
    case 'never':
      return undefined;
    case 'months_after_earning': {
      const expiry = new Date(earnedAt);
      const day = expiry.getUTCDate();
      expiry.setUTCDate(1);
      expiry.setUTCMonth(expiry.getUTCMonth() + policy.months);
      // 31 January + 1 month is the last day of February, not 3 March.
      const lastDay = new Date(Date.UTC(expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, 0)).getUTCDate();
      expiry.setUTCDate(Math.min(day, lastDay));
      return expiry;
    }
    case 'end_of_year': {
      const offsetMs = policy.utcOffsetMinutes * 60 * 1000;
      const localYear = new Date(earnedAt.getTime() + offsetMs).getUTCFullYear();
      return new Date(Date.UTC(localYear + policy.yearsAfter + 1, 0, 1) - offsetMs);
    }
  }
}
