import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { referralTouchpointsProjection } from '../conversions/touchpoint.projections';
import { referralEventTypes, referralProgrammeStreamType, referrerStreamType, type ReferralProgrammeEvent, type ReferrerEvent } from './referral.events';

export const referralProgrammesProjection = defineProjection<ReferralProgrammeEvent>('referral_programmes', {
  [referralEventTypes.programmeConfigured]: (client, { tenantId, occurredAt, data: { campaignId, configuredBy, ...rules } }) =>
    client.query(
      `INSERT INTO referral_programmes (tenant_id, campaign_id, rules, configured_at, configured_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, campaign_id) DO UPDATE SET rules = EXCLUDED.rules, configured_at = EXCLUDED.configured_at, configured_by = EXCLUDED.configured_by`,
      [tenantId, campaignId, JSON.stringify(rules), occurredAt, configuredBy],
    ),
});

export const referrersProjection = defineProjection<ReferrerEvent>('referrers', {
  [referralEventTypes.codeIssued]: (client, { tenantId, data }) =>
    client.query('INSERT INTO referral_codes (tenant_id, campaign_id, referrer_id, code, issued_at) VALUES ($1, $2, $3, $4, $5)', [tenantId, data.campaignId, data.referrerId, data.code, data.issuedAt]),
  [referralEventTypes.accepted]: async (client, { tenantId, data }) => {
    await client.query(
      'INSERT INTO referrals (tenant_id, campaign_id, invitee_id, referrer_id, qualified, disqualification, accepted_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [tenantId, data.campaignId, data.inviteeId, data.referrerId, data.qualified, data.disqualification, data.acceptedAt],
    );
    await client.query('UPDATE referral_codes SET invites = invites + 1, qualified_invites = $4 WHERE tenant_id = $1 AND campaign_id = $2 AND referrer_id = $3', [
      tenantId,
      data.campaignId,
      data.referrerId,
      data.qualifiedInvites,
    ]);
  },
  [referralEventTypes.thresholdReached]: async () => undefined, // its grant is projected by rewards
  [referralEventTypes.flagged]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO referrer_flags (tenant_id, campaign_id, referrer_id, reason, invites_in_window, window_minutes, status, flagged_at) VALUES ($1, $2, $3, $4, $5, $6, 'flagged', $7)`,
      [tenantId, data.campaignId, data.referrerId, data.reason, data.invitesInWindow, data.windowMinutes, data.flaggedAt],
    ),
  [referralEventTypes.flagReviewed]: (client, { tenantId, data }) =>
    client.query('UPDATE referrer_flags SET status = $4, review_note = $5, reviewed_by = $6, reviewed_at = $7 WHERE tenant_id = $1 AND campaign_id = $2 AND referrer_id = $3', [
      tenantId,
      data.campaignId,
      data.referrerId,
      data.outcome,
      data.note,
      data.reviewedBy,
      data.reviewedAt,
    ]),
});

/** Applied by the event store on every append to a referral programme or referrer stream. */
export const referralProjections: ProjectionRegistrations = { [referralProgrammeStreamType]: [referralProgrammesProjection], [referrerStreamType]: [referrersProjection, referralTouchpointsProjection] };
