import type { DataOf, ReportFiledV1 } from '@groundswell/events';

export const reportEventTypes = { filed: 'groundswell.moderation.ReportFiled.v1' } as const satisfies Record<string, typeof ReportFiledV1.type>;

export type ReportFiled = { type: typeof ReportFiledV1.type; data: DataOf<typeof ReportFiledV1> };

export type ReportEvent = ReportFiled;

export const reportStreamType = 'report';

export const reportStream = (tenantId: string, reportId: string) => ({ tenantId, streamId: `report-${reportId}`, streamType: reportStreamType });
