import type { CommunityKey, DemoActivity } from '../demo-data.ts';
import { activityMutation } from '../demo-operations.ts';
import { DemoLoadError, errorMessages } from '../graphql-client.ts';
import type { DemoLoad } from './demo-load.ts';

export interface ActivityCounts {
  sent: number;
  accepted: number;
  duplicates: number;
  /** Items of people whose member id the joins did not tell. */
  skipped: number;
}

/** Records activity per community in batches of `load.batchSize`; repeats are deduplicated by client event id. */
export function createActivityRecorder(load: DemoLoad) {
  const counts: ActivityCounts = { sent: 0, accepted: 0, duplicates: 0, skipped: 0 };

  async function record(community: CommunityKey, items: DemoActivity[]): Promise<void> {
    const payload = items
      .filter((item) => load.memberIds.has(item.person))
      .map((item) => ({
        memberId: load.memberIds.get(item.person)!,
        kind: item.kind,
        clientEventId: item.clientEventId,
        occurredAt: item.occurredAt.toISOString(),
        ...(item.amountCents === undefined ? {} : { amountCents: item.amountCents }),
      }));
    counts.skipped += items.length - payload.length;
    for (let offset = 0; offset < payload.length; offset += load.batchSize) {
      const batch = payload.slice(offset, offset + load.batchSize);
      const result = await load.request<{ recordMemberActivity: { accepted: number; duplicates: number } }>(activityMutation, {
        input: { communityId: load.communityIds[community], items: batch },
      });
      if (!result.data) throw new DemoLoadError(`recording activity in ${community} failed: ${errorMessages(result.errors)}`);
      counts.sent += batch.length;
      counts.accepted += result.data.recordMemberActivity.accepted;
      counts.duplicates += result.data.recordMemberActivity.duplicates;
      load.log(`demo: activity ${community} ${Math.min(offset + load.batchSize, payload.length)}/${payload.length}`);
    }
  }

  return { record, counts };
}
