import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { AnswerAcceptedV1, ContributionHiddenV1, ContributionPinnedV1, ContributionPostedV1, ContributionPromotedV1, ContributionRewardedV1, ContributionScreenedV1, ContributionUnpinnedV1, PollVotedV1 } from '@groundswell/events';
import type { PoolClient } from 'pg';
import { contributionStreamType, type ContributionEvent } from './contribution.events';
import { ugcSettingsChangedType, ugcSettingsStreamType, type UgcSettingsChanged } from './settings/ugc-settings.decider';

const set = (client: PoolClient, tenantId: string, contributionId: string, occurredAt: Date, assignments: string, values: unknown[] = []) =>
  client.query(`UPDATE contributions SET ${assignments}, updated_at = $3 WHERE tenant_id = $1 AND contribution_id = $2`, [tenantId, contributionId, occurredAt, ...values]);

/** `contributions`: one row per contribution as it shows now, with its poll tally. */
export const contributionsProjection = defineProjection<ContributionEvent>('contributions', {
  [ContributionPostedV1.type]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO contributions (tenant_id, contribution_id, community_id, kind, parent_id, thread_id, author_member_id, title, body, poll_options, poll_votes, visibility, created_at, posted_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::int[], $12, $13, $14, $13)`,
      [
        tenantId, data.contributionId, data.communityId, data.kind, data.parentId ?? null, data.threadId, data.authorMemberId ?? null, data.title ?? null, data.body,
        data.pollOptions ? JSON.stringify(data.pollOptions) : null, data.pollOptions ? data.pollOptions.map(() => 0) : null, data.visibility, occurredAt, data.postedBy,
      ],
    ),
  [ContributionScreenedV1.type]: (client, { tenantId, occurredAt, data }) =>
    set(client, tenantId, data.contributionId, occurredAt, 'visibility = $4, verdict = $5, censored_text = $6', [data.visibility, data.verdict, data.censoredText ?? null]),
  [ContributionHiddenV1.type]: (client, { tenantId, occurredAt, data }) => set(client, tenantId, data.contributionId, occurredAt, `visibility = 'hidden'`),
  [ContributionPinnedV1.type]: (client, { tenantId, occurredAt, data }) => set(client, tenantId, data.contributionId, occurredAt, 'pinned = true'),
  [ContributionUnpinnedV1.type]: (client, { tenantId, occurredAt, data }) => set(client, tenantId, data.contributionId, occurredAt, 'pinned = false'),
  [ContributionPromotedV1.type]: (client, { tenantId, occurredAt, data }) => set(client, tenantId, data.contributionId, occurredAt, 'promoted = true'),
  [ContributionRewardedV1.type]: (client, { tenantId, occurredAt, data }) => set(client, tenantId, data.contributionId, occurredAt, 'rewarded_points = $4', [data.points]),
  // The question shows which answer was accepted; accepting locks the question's row first.
  [AnswerAcceptedV1.type]: (client, { tenantId, occurredAt, data }) => set(client, tenantId, data.questionId, occurredAt, 'accepted_answer_id = $4', [data.contributionId]),
  [PollVotedV1.type]: (client, { tenantId, occurredAt, data }) => set(client, tenantId, data.contributionId, occurredAt, 'poll_votes[$4::int + 1] = poll_votes[$4::int + 1] + 1', [data.option]),
});

export const ugcSettingsProjection = defineProjection<UgcSettingsChanged>('ugc_settings', {
  [ugcSettingsChangedType]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO ugc_settings (tenant_id, community_id, moderation, reward_points, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, community_id) DO UPDATE SET moderation = EXCLUDED.moderation, reward_points = EXCLUDED.reward_points, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [tenantId, data.communityId, data.moderation, data.rewardPoints, occurredAt, data.changedBy],
    ),
});

/** Applied by the event store on every append to a contribution or UGC settings stream. */
export const ugcProjections: ProjectionRegistrations = { [contributionStreamType]: [contributionsProjection], [ugcSettingsStreamType]: [ugcSettingsProjection] };
