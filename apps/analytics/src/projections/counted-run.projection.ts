import { MemberActivityRecordedV1, MemberJoinedV2, MemberLeftV1, type EventEnvelope, type EventOf } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { memberFactsOf } from './member-facts';
import { isQualifyingActivity } from './qualifying-activity';

type ActivityEvent = EventOf<typeof MemberActivityRecordedV1>;
type MembershipEvent = EventOf<typeof MemberJoinedV2> | EventOf<typeof MemberLeftV1>;
export type CountedEvent = ActivityEvent | MembershipEvent;

/**
 * Activity, joins and departures: their member-fact effects are all counts, earliest times and rows
 * kept once per event id (daily active members, visitors, hourly interactions, the communities seen,
 * daily joins and departures, membership changes), so applying a run of them together gives what
 * applying each after the other gives, in any order.
 */
export function isCounted(event: EventEnvelope): event is CountedEvent {
  return MemberActivityRecordedV1.is(event) || MemberJoinedV2.is(event) || MemberLeftV1.is(event);
}

/**
 * Projects a run of counted events in at most six statements, the rows pre-aggregated per key. Ingest
 * volume is mostly activity and joins (docs/benchmarks.md): an event at a time, that was three round
 * trips per event. The only writer of these tables at ingest.
 */
export async function projectCountedRun(client: PoolClient, events: readonly CountedEvent[]): Promise<void> {
  const activities = events.filter((event): event is ActivityEvent => MemberActivityRecordedV1.is(event));
  const memberships = events.filter((event): event is MembershipEvent => !MemberActivityRecordedV1.is(event));
  await projectActivities(client, activities);
  await projectMemberships(client, memberships);
}

async function projectMemberships(client: PoolClient, events: readonly MembershipEvent[]): Promise<void> {
  if (events.length === 0) return;
  const column = (event: MembershipEvent) => (MemberJoinedV2.is(event) ? 'joined' : 'departed');
  await client.query(
    `INSERT INTO analytics_communities (tenant_id, community_id, platform)
     SELECT DISTINCT * FROM unnest($1::text[], $2::uuid[], $3::text[])
     ON CONFLICT (tenant_id, community_id) DO NOTHING`,
    [events.map((event) => event.tenantid), events.map((event) => event.data.communityId), events.map((event) => event.data.platform)],
  );
  await client.query(
    `INSERT INTO membership_daily (tenant_id, community_id, day, recorded_at, joined, departed)
     SELECT tenant_id, community_id, (occurred_at AT TIME ZONE 'UTC')::date, recorded_at, count(*) FILTER (WHERE change = 'joined'), count(*) FILTER (WHERE change = 'departed')
       FROM unnest($1::text[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::text[]) AS run (tenant_id, community_id, occurred_at, recorded_at, change)
      GROUP BY 1, 2, 3, 4
     ON CONFLICT (tenant_id, community_id, day, recorded_at)
     DO UPDATE SET joined = membership_daily.joined + EXCLUDED.joined, departed = membership_daily.departed + EXCLUDED.departed`,
    [events.map((event) => event.tenantid), events.map((event) => event.data.communityId), events.map((event) => event.time), events.map((event) => event.recordedtime), events.map(column)],
  );
  const changes = events.flatMap((event) => memberFactsOf(event).flatMap((fact) => (fact.kind === 'membership' ? [{ event, fact }] : [])));
  await client.query(
    `INSERT INTO member_membership_changes (event_id, tenant_id, community_id, member_id, day, recorded_at, delta)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::date[], $6::timestamptz[], $7::int[])
     ON CONFLICT (event_id) DO NOTHING`,
    [
      changes.map(({ event }) => event.id),
      changes.map(({ event }) => event.tenantid),
      changes.map(({ fact }) => fact.communityId),
      changes.map(({ fact }) => fact.memberId),
      changes.map(({ fact }) => fact.day),
      changes.map(({ event }) => event.recordedtime),
      changes.map(({ fact }) => fact.delta),
    ],
  );
}

async function projectActivities(client: PoolClient, events: readonly ActivityEvent[]): Promise<void> {
  const active = events.filter((event) => isQualifyingActivity(event.data.kind));
  const facts = events.flatMap((event) => memberFactsOf(event).map((fact) => ({ event, fact })));
  const visits = facts.flatMap(({ event, fact }) => (fact.kind === 'visit' ? [{ event, fact }] : []));
  const interactions = facts.flatMap(({ event, fact }) => (fact.kind === 'interaction' ? [{ event, fact }] : []));
  if (active.length > 0) {
    await client.query(
      `INSERT INTO daily_active_members (tenant_id, community_id, day, member_id, first_recorded_at)
       SELECT tenant_id, community_id, (occurred_at AT TIME ZONE 'UTC')::date, member_id, min(recorded_at)
         FROM unnest($1::text[], $2::uuid[], $3::timestamptz[], $4::uuid[], $5::timestamptz[]) AS run (tenant_id, community_id, occurred_at, member_id, recorded_at)
        GROUP BY 1, 2, 3, 4
       ON CONFLICT (tenant_id, community_id, day, member_id)
       DO UPDATE SET first_recorded_at = LEAST(daily_active_members.first_recorded_at, EXCLUDED.first_recorded_at)`,
      [
        active.map((event) => event.tenantid),
        active.map((event) => event.data.communityId),
        active.map((event) => event.time),
        active.map((event) => event.data.memberId),
        active.map((event) => event.recordedtime),
      ],
    );
  }
  if (visits.length > 0) {
    await client.query(
      `INSERT INTO daily_visitors (tenant_id, community_id, day, member_id, first_recorded_at)
       SELECT tenant_id, community_id, day, member_id, min(recorded_at)
         FROM unnest($1::text[], $2::uuid[], $3::date[], $4::uuid[], $5::timestamptz[]) AS run (tenant_id, community_id, day, member_id, recorded_at)
        GROUP BY 1, 2, 3, 4
       ON CONFLICT (tenant_id, community_id, day, member_id)
       DO UPDATE SET first_recorded_at = LEAST(daily_visitors.first_recorded_at, EXCLUDED.first_recorded_at)`,
      [
        visits.map(({ event }) => event.tenantid),
        visits.map(({ fact }) => fact.communityId),
        visits.map(({ fact }) => fact.day),
        visits.map(({ fact }) => fact.memberId),
        visits.map(({ event }) => event.recordedtime),
      ],
    );
  }
  if (interactions.length > 0) {
    await client.query(
      `INSERT INTO interaction_hourly (tenant_id, community_id, day, hour, recorded_at, interactions)
       SELECT tenant_id, community_id, day, hour, recorded_at, count(*)
         FROM unnest($1::text[], $2::uuid[], $3::date[], $4::int[], $5::timestamptz[]) AS run (tenant_id, community_id, day, hour, recorded_at)
        GROUP BY 1, 2, 3, 4, 5
       ON CONFLICT (tenant_id, community_id, day, hour, recorded_at)
       DO UPDATE SET interactions = interaction_hourly.interactions + EXCLUDED.interactions`,
      [
        interactions.map(({ event }) => event.tenantid),
        interactions.map(({ fact }) => fact.communityId),
        interactions.map(({ fact }) => fact.day),
        interactions.map(({ fact }) => fact.hour),
        interactions.map(({ event }) => event.recordedtime),
      ],
    );
  }
}
