import type { ActivityKind } from './activity-kind';

/**
 * Activity that makes a member "active" (KPI-02, definition v1): the engagement the inventory
 * lists — posting, reacting, commenting, checking in, attending, sharing, buying. Passive visits
 * and content views do not count. Changing this set is a new definition version.
 */
export const qualifyingActivityKinds: ReadonlySet<ActivityKind> = new Set<ActivityKind>([
  'message_posted',
  'reaction',
  'comment',
  'check_in',
  'live_attendance',
  'share',
  'purchase',
]);

export function isQualifyingActivity(kind: ActivityKind): boolean {
  return qualifyingActivityKinds.has(kind);
}
