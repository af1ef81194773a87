import { MemberJoinedV2 } from '@groundswell/events';
import type { AnalyticsProjection } from '../rebuild/analytics-projection';
import { replayEachEvent } from '../rebuild/replay-each-event';
import { campaignFactTables } from './campaign-facts.migrations';
import { projectCampaignFacts } from './campaign-facts.projection';

/** campaign_facts, replayed through the ingest code itself, like the moderation facts. */
export const campaignFactsProjection: AnalyticsProjection = {
  name: 'campaign-facts',
  tables: campaignFactTables,
  replay: replayEachEvent(projectCampaignFacts, { fromServices: ['campaigns'], alsoTypes: [MemberJoinedV2.type] }),
};
