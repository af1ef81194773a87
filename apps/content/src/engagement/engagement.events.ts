import { EngagementSignalRecordedV1, type DataOf } from '@groundswell/events';

export type EngagementSignalRecorded = { type: typeof EngagementSignalRecordedV1.type; data: DataOf<typeof EngagementSignalRecordedV1> };

/** Engagement is appended per community and UTC day (`engagement-<communityId>-<day>`), like member activity. */
export const engagementStreamType = 'engagement';
