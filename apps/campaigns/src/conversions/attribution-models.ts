import type { AttributionModelName, Credit, Touchpoint } from './conversion.events';

/** The lookback window every model uses unless told otherwise (issue 14: default 7 days). */
export const DEFAULT_LOOKBACK_DAYS = 7;

interface AttributionModel {
  name: AttributionModelName;
  /** Bumped whenever the rule changes, so results of both versions can stand side by side. */
  version: number;
  credit(touchpoints: readonly Touchpoint[], amountMinor: number): Credit[];
}

/** The credit a touchpoint earns: its campaign, and where and through whom the member was touched. */
const creditOf = ({ campaignId, id, kind, communityId, channel, referrerId }: Touchpoint, amountMinor: number): Credit => ({
  campaignId,
  touchpointId: id,
  touchpointKind: kind,
  ...(communityId && { communityId }),
  ...(channel && { channel }),
  ...(referrerId && { referrerId }),
  amountMinor,
});

const whole = (touchpoint: Touchpoint, amountMinor: number): Credit[] => [creditOf(touchpoint, amountMinor)];

/**
 * Equal parts in whole minor units; the remainder goes one unit each to the latest touchpoints, so
 * the parts always sum to the amount (100 over 3 → 33, 33, 34).
 */
function linear(touchpoints: readonly Touchpoint[], amountMinor: number): Credit[] {
  const base = Math.floor(amountMinor / touchpoints.length);
  const remainder = amountMinor - base * touchpoints.length;
  return touchpoints.map((touchpoint, index) => creditOf(touchpoint, base + (index >= touchpoints.length - remainder ? 1 : 0)));
}

export const attributionModels: readonly AttributionModel[] = [
  { name: 'last_touch', version: 1, credit: (touchpoints, amount) => whole(touchpoints.at(-1)!, amount) },
  { name: 'first_touch', version: 1, credit: (touchpoints, amount) => whole(touchpoints[0]!, amount) },
  { name: 'linear', version: 1, credit: linear },
];

/**
 * The touchpoints that count for a conversion at `occurredAt`: those in the lookback window before
 * it, oldest first (ties by id, so replays order them the same way).
 */
export function touchpointsInWindow(touchpoints: readonly Touchpoint[], occurredAt: string, lookbackDays = DEFAULT_LOOKBACK_DAYS): Touchpoint[] {
  const end = new Date(occurredAt).getTime();
  const start = end - lookbackDays * 86_400_000;
  return touchpoints
    .filter((touchpoint) => {
      const at = new Date(touchpoint.occurredAt).getTime();
      return at >= start && at <= end;
    })
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id.localeCompare(b.id));
}
