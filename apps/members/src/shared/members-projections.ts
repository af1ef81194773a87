import { EventStore, type ProjectionRegistrations } from '@groundswell/event-store';
import type { Pool } from 'pg';
import { churnRiskProjection } from '../churn-risk/churn-risk.projection';
import { activityDailyProjection } from '../lifecycle/activity-daily';
import { pointsProgrammeProjection } from '../points/programme/points-programme.projection';
import { catalogueItemProjection } from '../points/read-models/catalogue-item.projection';
import { pointsAccountProjection } from '../points/read-models/points-account.projection';
import { memberBadgesProjection, pointsLotExpiryProjection } from '../points/read-models/points-lots.projection';
import { communityProjection } from '../communities/community.projection';
import { memberProjection } from '../membership/member.projection';
import { tagProjection } from '../tags/read-models/tag.projection';

/**
 * Every members read model, by the stream type whose appends it follows. Stream types name Kafka
 * topics, so several aggregates share one (churn risk is a `member` stream, the points programme a
 * `points` one); each projection reads only its own event types.
 */
export const membersProjections: ProjectionRegistrations = {
  community: [communityProjection],
  member: [memberProjection, churnRiskProjection],
  points: [pointsAccountProjection, pointsLotExpiryProjection, memberBadgesProjection, pointsProgrammeProjection],
  'catalogue-item': [catalogueItemProjection],
  tag: [tagProjection],
  'member-tags': [tagProjection],
  activity: [activityDailyProjection],
};

/** The members event store on `pool`: every append applies the projections above. */
export const membersEventStore = (pool: Pool) => new EventStore(pool, membersProjections);
