import type { DataOf, SanctionAppliedV1, SanctionExpiredV1, SanctionLiftedV1 } from '@groundswell/events';

export const sanctionEventTypes = {
  applied: 'groundswell.moderation.SanctionApplied.v1',
  lifted: 'groundswell.moderation.SanctionLifted.v1',
  expired: 'groundswell.moderation.SanctionExpired.v1',
} as const;

export type SanctionApplied = { type: typeof SanctionAppliedV1.type; data: DataOf<typeof SanctionAppliedV1> };
export type SanctionLifted = { type: typeof SanctionLiftedV1.type; data: DataOf<typeof SanctionLiftedV1> };
export type SanctionExpired = { type: typeof SanctionExpiredV1.type; data: DataOf<typeof SanctionExpiredV1> };

export type SanctionEvent = SanctionApplied | SanctionLifted | SanctionExpired;

// One stream per member: the ladder and the escalation policy read a member's whole record at once.
export const memberSanctionsStreamType = 'member-sanctions';

export const memberSanctionsStream = (tenantId: string, memberId: string) => ({
  tenantId,
  streamId: `member-sanctions-${memberId}`,
  streamType: memberSanctionsStreamType,
});
