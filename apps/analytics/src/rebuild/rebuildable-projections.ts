import { campaignFactsProjection } from '../projections/campaign-facts.rebuild';
import { contentFactsProjection } from '../projections/content-facts.rebuild';
import { memberFactProjections } from '../projections/member-facts.rebuild';
import { moderationFactsProjection } from '../projections/moderation-facts.rebuild';
import type { AnalyticsProjection } from './analytics-projection';
import { ProjectionRegistry } from './projection-registry';
import { communitiesProjection } from './projections/communities.projection';
import { dailyActiveMembersProjection } from './projections/daily-active-members.projection';
import { membershipDailyProjection } from './projections/membership-daily.projection';

/**
 * Every analytics projection, in the order `all` rebuilds them. A new projection becomes
 * rebuildable by adding it here: its tables and a replay (set-based SQL, or `replayEachEvent`
 * around the function the ingest transaction calls).
 */
export const rebuildableProjections: readonly AnalyticsProjection[] = [
  communitiesProjection,
  membershipDailyProjection,
  dailyActiveMembersProjection,
  ...memberFactProjections,
  moderationFactsProjection,
  campaignFactsProjection,
  contentFactsProjection,
];

export const createProjectionRegistry = () => new ProjectionRegistry(rebuildableProjections);
