import type { AnalyticsProjection } from '../rebuild/analytics-projection';
import { replayEachEvent } from '../rebuild/replay-each-event';
import { contentFactTables } from './content-facts.migrations';
import { projectContentFacts } from './content-facts.projection';

/** content_facts, replayed through the ingest code itself, like the campaign facts. */
export const contentFactsProjection: AnalyticsProjection = {
  name: 'content-facts',
  tables: contentFactTables,
  replay: replayEachEvent(projectContentFacts, { fromServices: ['content'] }),
};
