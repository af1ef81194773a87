import type { PoolClient } from 'pg';

/**
 * Pairs (segment s, membership m) where the member meets the segment's filter, read from the
 * members read models. One predicate for both the backfill and the per-event re-evaluation, so
 * the two can never disagree. A criterion missing from the filter matches everyone.
 */
export const segmentMatchSql = `
  segments s
  JOIN memberships m ON m.tenant_id = s.tenant_id AND m.community_id = s.community_id AND m.status = 'active'
  JOIN members mem ON mem.tenant_id = m.tenant_id AND mem.member_id = m.member_id AND mem.status = 'active'
  WHERE s.archived_at IS NULL
    AND (NOT s.filter ? 'stages' OR m.stage IN (SELECT jsonb_array_elements_text(s.filter->'stages')))
    AND (NOT s.filter ? 'minPoints' OR COALESCE(
          (SELECT p.balance FROM points_accounts p WHERE p.tenant_id = m.tenant_id AND p.member_id = m.member_id), 0
        ) >= (s.filter->>'minPoints')::int)
    AND (NOT s.filter ? 'tagKeys' OR NOT EXISTS (
          SELECT 1 FROM jsonb_array_elements_text(s.filter->'tagKeys') AS wanted(key)
          WHERE NOT EXISTS (
            SELECT 1 FROM member_tags mt JOIN tag_keys k ON k.tenant_id = mt.tenant_id AND k.tag_id = mt.tag_id
            WHERE mt.tenant_id = m.tenant_id AND mt.member_id = m.member_id AND k.key = wanted.key)))
    AND (NOT s.filter ? 'consentPurpose' OR EXISTS (
          SELECT 1 FROM member_consents c
          WHERE c.tenant_id = m.tenant_id AND c.member_id = m.member_id AND c.purpose = s.filter->>'consentPurpose' AND c.granted))
    AND (NOT s.filter ? 'activeWithinDays' OR EXISTS (
          SELECT 1 FROM member_last_activity a
          WHERE a.tenant_id = m.tenant_id AND a.community_id = m.community_id AND a.member_id = m.member_id
            AND a.last_active_at >= now() - make_interval(days => (s.filter->>'activeWithinDays')::int)))
    AND (NOT s.filter ? 'profile' OR EXISTS (
          SELECT 1 FROM member_profile_facets f
          WHERE f.tenant_id = m.tenant_id AND f.member_id = m.member_id
            AND (NOT s.filter->'profile' ? 'ageBands' OR f.age_band IN (SELECT jsonb_array_elements_text(s.filter->'profile'->'ageBands')))
            AND (NOT s.filter->'profile' ? 'genders' OR f.gender IN (SELECT jsonb_array_elements_text(s.filter->'profile'->'genders')))
            AND (NOT s.filter->'profile' ? 'regions' OR f.region IN (SELECT jsonb_array_elements_text(s.filter->'profile'->'regions')))
            AND (NOT s.filter->'profile' ? 'interests' OR f.interests && ARRAY(SELECT jsonb_array_elements_text(s.filter->'profile'->'interests')))))`;

/**
 * Segment creation takes the tenant's lock exclusively and the consumer takes it shared, so an event
 * handled while a segment is being created waits and then sees the segment: nobody is missed between
 * the backfill and the first event.
 */
export async function lockTenantSegments(client: PoolClient, tenantId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const lock = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await client.query(`SELECT ${lock}(hashtext($1))`, [`segments:${tenantId}`]);
}
