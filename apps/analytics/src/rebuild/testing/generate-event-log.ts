import { createHash, randomBytes } from 'node:crypto';
import { CommunityCreatedV1, MemberActivityRecordedV1, MemberJoinedV2, MemberLeftV1, activityKinds } from '@groundswell/events';
import type { Pool } from 'pg';
import { dropIndexes } from './drop-indexes';

export interface GeneratedLog {
  tenantIds: string[];
  /** Community ids per tenant, in the order of `tenantIds`. */
  communityIds: string[][];
  membersPerCommunity: number;
  firstDay: string;
  days: number;
  events: number;
  /** The id of member `member` (0 … membersPerCommunity − 1) of a community. */
  memberIdOf(tenant: number, community: number, member: number): string;
}

export interface GenerateOptions {
  events: number;
  tenants?: number;
  communitiesPerTenant?: number;
  membersPerCommunity?: number;
  firstDay?: string;
  days?: number;
  /** Share of events recorded up to ten days after they happened. */
  lateShare?: number;
}

const chunkSize = 250_000;

// Derived ids, made valid version-4 UUIDs (the event contracts check) the same way in SQL and here.
const uuidOf = (textExpression: string) => `overlay(overlay(md5(${textExpression}) placing '4' from 13) placing '8' from 17)::uuid`;
const uuidOfText = (text: string) =>
  createHash('md5').update(text).digest('hex').replace(/^(.{12}).(.{3}).(.{15})$/, '$14$28$3').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/**
 * Appends a realistic history straight into analytics_events with INSERT … SELECT generate_series
 * (test data and benchmarks only — it bypasses the projections): every community created, every
 * member joining once, a fifth of them leaving, and the rest of the events member activity of all
 * kinds, some of it recorded late. Member ids are derived, so callers can make more events for them.
 */
export async function generateEventLog(pool: Pool, options: GenerateOptions): Promise<GeneratedLog> {
  const run = randomBytes(4).toString('hex');
  const tenants = options.tenants ?? 4;
  const communitiesPerTenant = options.communitiesPerTenant ?? 10;
  const membersPerCommunity = options.membersPerCommunity ?? 2_000;
  const firstDay = options.firstDay ?? '2025-01-01';
  const days = options.days ?? 90;
  const lateShare = options.lateShare ?? 0.05;
  const communities = tenants * communitiesPerTenant;
  const members = communities * membersPerCommunity;
  const joins = members;
  const leaves = Math.floor(members / 5);
  const activities = options.events - communities - joins - leaves;
  if (activities < 0) throw new Error(`${options.events} events are too few for ${members} members`);

  // $1 run, $2 communities per tenant, $3 members per community, $4 first day, $5 days, $6 late share.
  const sequence = `analytics_generated_event_ids_${run}`;
  const common = [run, communitiesPerTenant, membersPerCommunity, firstDay, days, lateShare];
  const sql = (select: string) => `
    WITH source AS (${select})
    INSERT INTO analytics_events (event_id, tenant_id, type, subject, stream_version, occurred_at, recorded_at, data)
    SELECT (lpad(to_hex(nextval('${sequence}')), 12, '0') || '7' || substr(md5($1), 1, 3) || '8' || substr(md5($1), 4, 15))::uuid,
           'tenant-' || $1 || '-' || (c / $2::int), type, subject, 1, occurred_at,
           occurred_at + CASE WHEN random() < $6::float8 THEN random() * interval '10 days' ELSE interval '0' END, data
      FROM source
     WHERE $3::int > 0 AND $5::int > 0`;
  const community = uuidOf(`$1 || ':c:' || c`);
  const member = uuidOf(`$1 || ':m:' || c || ':' || m`);
  const instant = (dayExpression: string) => `($4::date + (${dayExpression}))::timestamp AT TIME ZONE 'UTC' + random() * interval '1 day'`;
  const platform = `CASE WHEN c % 3 = 0 THEN 'douyin' ELSE 'wecom' END`;

  await pool.query(`CREATE SEQUENCE ${sequence}`);
  const restoreIndexes = await dropIndexes(pool, 'analytics_events');
  try {
  await pool.query(
    sql(`SELECT c, $7::text AS type, ${community}::text AS subject, ${instant('0')} - interval '1 day' AS occurred_at,
                jsonb_build_object('communityId', ${community}, 'name', 'Community ' || c, 'platform', ${platform}) AS data
           FROM generate_series(0, $8::int - 1) AS c`),
    [...common, CommunityCreatedV1.type, communities],
  );
  for (let from = 0; from < joins; from += chunkSize) {
    const to = Math.min(joins, from + chunkSize);
    await pool.query(
      sql(`SELECT c, $7::text AS type, ${member}::text AS subject, ${instant('floor(random() * $5::int)::int')} AS occurred_at,
                  jsonb_build_object('memberId', ${member}, 'communityId', ${community}, 'platform', ${platform},
                                     'acquisition', jsonb_build_object('channel', 'qr-code')) AS data
             FROM generate_series($8::int, $9::int - 1) AS n, LATERAL (SELECT n / $3::int AS c, n % $3::int AS m) AS k`),
      [...common, MemberJoinedV2.type, from, to],
    );
  }
  // Every fifth member leaves; days are independent of the join, as late-recorded histories allow.
  await pool.query(
    sql(`SELECT c, $7::text AS type, ${member}::text AS subject, ${instant('floor(random() * $5::int)::int')} AS occurred_at,
                jsonb_build_object('memberId', ${member}, 'communityId', ${community}, 'platform', ${platform}, 'reason', 'left') AS data
           FROM generate_series(0, $8::int - 1) AS n, LATERAL (SELECT (n * 5) / $3::int AS c, (n * 5) % $3::int AS m) AS k`),
    [...common, MemberLeftV1.type, leaves],
  );
  for (let from = 0; from < activities; from += chunkSize) {
    const to = Math.min(activities, from + chunkSize);
    await pool.query(
      sql(`SELECT c, $7::text AS type, 'activity-' || ${community} AS subject, ${instant('floor(random() * $5::int)::int')} AS occurred_at,
                  jsonb_build_object('memberId', ${member}, 'communityId', ${community}, 'platform', 'wecom_group',
                                     'kind', ($10::text[])[1 + floor(random() * array_length($10::text[], 1))::int],
                                     'clientEventId', gen_random_uuid()) AS data
             FROM generate_series($8::int, $9::int - 1) AS n,
                  LATERAL (SELECT floor(random() * $11::int)::int AS c, floor(random() * $3::int)::int AS m, n) AS k`),
      [...common, MemberActivityRecordedV1.type, from, to, [...activityKinds], communities],
    );
  }
  } finally {
    await restoreIndexes();
    await pool.query(`DROP SEQUENCE ${sequence}`);
  }
  return {
    tenantIds: Array.from({ length: tenants }, (_, tenant) => `tenant-${run}-${tenant}`),
    communityIds: Array.from({ length: tenants }, (_, tenant) =>
      Array.from({ length: communitiesPerTenant }, (__, community) => uuidOfText(`${run}:c:${tenant * communitiesPerTenant + community}`)),
    ),
    membersPerCommunity,
    firstDay,
    days,
    events: options.events,
    memberIdOf: (tenant, community, memberIndex) => uuidOfText(`${run}:m:${tenant * communitiesPerTenant + community}:${memberIndex}`),
  };
}
