import { sqlMigration, type Migration } from '@groundswell/service-kit';
import { activityClientIdsMigration } from './activity/activity.migrations';
import { churnRiskMigration } from './churn-risk/churn-risk.migrations';
import { communityTablesSql } from './communities/community.migrations';
import { consentTablesSql } from './consent-and-erasure/consent.migrations';
import { memberActivityDailyMigration, membershipEvaluationsMigration, membershipStageMigration } from './lifecycle/lifecycle.migrations';
import { identityKeyHolderMigration, memberProfileSql, memberTablesSql } from './membership/membership.migrations';
import { partnerFeedMigrations } from './partner-feed/partner-feed.migrations';
import { pointsAndCatalogueMigration, pointsProgrammeMigration } from './points/points.migrations';
import { segmentLifecycleSql, segmentTablesSql } from './segments/segments.migrations';
import { dataKeysMigrationSql } from './shared/privacy/personal-data-vault';
import { tagTablesSql } from './tags/tags.migrations';

/**
 * The members tables in the order every database has applied them: each feature owns the SQL of
 * its tables, and a migration that once created several features' tables still runs as one, under
 * its recorded name, so existing databases see nothing new.
 */
export const membersMigrations: Migration[] = [
  sqlMigration('members/0001-data-keys', dataKeysMigrationSql),
  sqlMigration('members/0002-read-models', [communityTablesSql, memberTablesSql, consentTablesSql].join('\n')),
  activityClientIdsMigration,
  pointsAndCatalogueMigration,
  identityKeyHolderMigration,
  membershipStageMigration,
  sqlMigration('members/0007-tags-and-segments', [tagTablesSql, segmentTablesSql].join('\n')),
  sqlMigration('members/0008-profiles-and-segment-lifecycle', [memberProfileSql, segmentLifecycleSql].join('\n')),
  memberActivityDailyMigration,
  pointsProgrammeMigration,
  churnRiskMigration,
  membershipEvaluationsMigration,
  ...partnerFeedMigrations,
];
