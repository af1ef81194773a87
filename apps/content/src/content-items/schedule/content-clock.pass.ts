import type { EventStore, ScheduledPass } from '@groundswell/event-store';
import { ContentItemError } from '../content-item.error';
import { CONTENT_CLOCK } from '../content-item.values';
import { runContentItemCommand } from '../use-cases/run-content-item-command';

const BATCH = 200;

/**
 * Publishes scheduled items whose time has come. Runs under the scheduler's leader lock; the
 * decider publishes an item once, so an item an operator published or moved meanwhile is skipped.
 */
export function contentClockPass(store: EventStore): ScheduledPass {
  return {
    name: 'content.clock',
    async run(pool, at) {
      const { rows } = await pool.query<{ tenantId: string; contentItemId: string }>(
        `SELECT tenant_id AS "tenantId", content_item_id AS "contentItemId" FROM content_items WHERE status = 'scheduled' AND publish_at <= $1 ORDER BY publish_at LIMIT $2`,
        [at, BATCH],
      );
      let published = 0;
      for (const { tenantId, contentItemId } of rows) {
        try {
          await runContentItemCommand(store, tenantId, { type: 'PublishDueContentItem', contentItemId, now: at, by: CONTENT_CLOCK });
          published++;
        } catch (error) {
          if (!(error instanceof ContentItemError) && (error as { code?: string }).code !== 'STREAM_VERSION_CONFLICT') throw error;
        }
      }
      return published;
    },
  };
}
