import type { AppealDecidedV1, AppealFiledV1, DataOf } from '@groundswell/events';

export const appealEventTypes = {
  filed: 'groundswell.moderation.AppealFiled.v1',
  decided: 'groundswell.moderation.AppealDecided.v1',
} as const;

export type AppealFiled = { type: typeof AppealFiledV1.type; data: DataOf<typeof AppealFiledV1> };
export type AppealDecided = { type: typeof AppealDecidedV1.type; data: DataOf<typeof AppealDecidedV1> };

export type AppealEvent = AppealFiled | AppealDecided;

export const appealStreamType = 'appeal';

// Keyed by the sanction: one appeal per sanction, so a second one is refused rather than queued.
export const appealStream = (tenantId: string, sanctionId: string) => ({ tenantId, streamId: `appeal-${sanctionId}`, streamType: appealStreamType });
