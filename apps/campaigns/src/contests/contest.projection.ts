import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { contestEventTypes, contestStreamType, type ContestEvent } from './contest.events';

/** `contests` and `contest_entries`: each contest with its published ranking, each entry with its judges' scores. */
export const contestsProjection = defineProjection<ContestEvent>('contests', {
  [contestEventTypes.created]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO contests (tenant_id, contest_id, campaign_id, title, judge_ids, max_score, status, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8)`,
      [tenantId, data.contestId, data.campaignId, data.title, data.judgeIds, data.maxScore, occurredAt, data.createdBy],
    ),
  [contestEventTypes.entrySubmitted]: async (client, { tenantId, occurredAt, data }) => {
    await client.query('INSERT INTO contest_entries (tenant_id, contest_id, entry_id, member_id, title, description, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      tenantId,
      data.contestId,
      data.entryId,
      data.memberId,
      data.title,
      data.description,
      occurredAt,
    ]);
    await client.query('UPDATE contests SET entry_count = entry_count + 1 WHERE tenant_id = $1 AND contest_id = $2', [tenantId, data.contestId]);
  },
  [contestEventTypes.entryJudged]: (client, { tenantId, data }) =>
    client.query(`UPDATE contest_entries SET scores = scores || jsonb_build_array(jsonb_build_object('judgeId', $4::text, 'score', $5::int)) WHERE tenant_id = $1 AND contest_id = $2 AND entry_id = $3`, [
      tenantId,
      data.contestId,
      data.entryId,
      data.judgeId,
      data.score,
    ]),
  [contestEventTypes.resultsPublished]: async (client, { tenantId, occurredAt, data }) => {
    await client.query(`UPDATE contests SET status = 'published', ranking = $3, published_at = $4 WHERE tenant_id = $1 AND contest_id = $2`, [tenantId, data.contestId, JSON.stringify(data.ranking), occurredAt]);
    await client.query(
      `UPDATE contest_entries e SET rank = (standing->>'rank')::int FROM jsonb_array_elements($3::jsonb) AS standing
       WHERE e.tenant_id = $1 AND e.contest_id = $2 AND e.entry_id = standing->>'entryId'`,
      [tenantId, data.contestId, JSON.stringify(data.ranking)],
    );
  },
});

/** Applied by the event store on every append to a contest stream. */
export const contestProjections: ProjectionRegistrations = { [contestStreamType]: [contestsProjection] };
