import type { AnalyticsProjection } from '../rebuild/analytics-projection';
import { replayEachEvent } from '../rebuild/replay-each-event';
import { moderationFactTables } from './moderation-facts.migrations';
import { projectModerationFacts } from './moderation-facts.projection';

/** moderation_facts, replayed through the ingest code itself: moderation events are few beside activity. */
export const moderationFactsProjection: AnalyticsProjection = {
  name: 'moderation-facts',
  tables: moderationFactTables,
  replay: replayEachEvent(projectModerationFacts, { fromServices: ['moderation'] }),
};
