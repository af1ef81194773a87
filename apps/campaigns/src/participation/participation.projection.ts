import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { participationTouchpointsProjection } from '../conversions/touchpoint.projections';
import { ballotStreamType, participationEventTypes as types, participationStreamType, registrationStreamType, type BallotEvent, type ParticipationEvent, type RegistrationEvent } from './participation.events';

export const campaignParticipantsProjection = defineProjection<ParticipationEvent>('campaign_participants', {
  [types.joined]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO campaign_participants (tenant_id, campaign_id, member_id, community_id, channel, referral_code, joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [tenantId, data.campaignId, data.memberId, data.communityId, data.channel, data.referralCode, data.joinedAt],
    ),
  [types.checkedIn]: (client, { tenantId, data }) =>
    client.query(
      `UPDATE campaign_participants SET check_ins = check_ins + 1, streak = $4, longest_streak = GREATEST(longest_streak, $4), last_check_in_day = $5
       WHERE tenant_id = $1 AND campaign_id = $2 AND member_id = $3`,
      [tenantId, data.campaignId, data.memberId, data.streak, data.day],
    ),
  [types.voteCast]: async (client, { tenantId, data }) => {
    await client.query('UPDATE campaign_participants SET voted_option_id = $4 WHERE tenant_id = $1 AND campaign_id = $2 AND member_id = $3', [tenantId, data.campaignId, data.memberId, data.optionId]);
    await client.query('UPDATE campaign_ballot_options SET votes = votes + 1 WHERE tenant_id = $1 AND campaign_id = $2 AND option_id = $3', [tenantId, data.campaignId, data.optionId]);
  },
});

const setRegistration = (status: string, extra = '') =>
  `UPDATE campaign_registrations SET status = '${status}', updated_at = $4${extra} WHERE tenant_id = $1 AND campaign_id = $2 AND registration_id = $3`;

export const campaignRegistrationsProjection = defineProjection<RegistrationEvent>('campaign_registrations', {
  [types.registrationOpened]: (client, { tenantId, data }) =>
    client.query('INSERT INTO campaign_registration_books (tenant_id, campaign_id, capacity, opened_at) VALUES ($1, $2, $3, $4)', [tenantId, data.campaignId, data.capacity, data.openedAt]),
  [types.registrationConfirmed]: async (client, { tenantId, data }) => {
    await client.query(
      `INSERT INTO campaign_registrations (tenant_id, campaign_id, registration_id, member_id, status, seat_number, created_at, updated_at) VALUES ($1, $2, $3, $4, 'confirmed', $5, $6, $6)`,
      [tenantId, data.campaignId, data.registrationId, data.memberId, data.seatNumber, data.confirmedAt],
    );
    await client.query('UPDATE campaign_registration_books SET confirmed = confirmed + 1 WHERE tenant_id = $1 AND campaign_id = $2', [tenantId, data.campaignId]);
  },
  [types.registrationWaitlisted]: async (client, { tenantId, globalPosition, data }) => {
    await client.query(
      `INSERT INTO campaign_registrations (tenant_id, campaign_id, registration_id, member_id, status, waitlist_sequence, created_at, updated_at) VALUES ($1, $2, $3, $4, 'waitlisted', $5, $6, $6)`,
      [tenantId, data.campaignId, data.registrationId, data.memberId, globalPosition.toString(), data.waitlistedAt],
    );
    await client.query('UPDATE campaign_registration_books SET waitlisted = waitlisted + 1 WHERE tenant_id = $1 AND campaign_id = $2', [tenantId, data.campaignId]);
  },
  [types.registrationCancelled]: async (client, { tenantId, data }) => {
    await client.query(setRegistration('cancelled', ', seat_number = NULL, waitlist_sequence = NULL'), [tenantId, data.campaignId, data.registrationId, data.cancelledAt]);
    const counter = data.wasConfirmed ? 'confirmed' : 'waitlisted';
    await client.query(`UPDATE campaign_registration_books SET ${counter} = ${counter} - 1 WHERE tenant_id = $1 AND campaign_id = $2`, [tenantId, data.campaignId]);
  },
  [types.registrationPromoted]: async (client, { tenantId, data }) => {
    await client.query(setRegistration('confirmed', ', seat_number = $5, waitlist_sequence = NULL'), [tenantId, data.campaignId, data.registrationId, data.promotedAt, data.seatNumber]);
    await client.query('UPDATE campaign_registration_books SET confirmed = confirmed + 1, waitlisted = waitlisted - 1 WHERE tenant_id = $1 AND campaign_id = $2', [tenantId, data.campaignId]);
  },
});

export const campaignBallotProjection = defineProjection<BallotEvent>('campaign_ballot_options', {
  [types.ballotOpened]: (client, { tenantId, data }) =>
    client.query(
      `INSERT INTO campaign_ballot_options (tenant_id, campaign_id, option_id, label, position) SELECT $1, $2, option_id, label, position
       FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS o(option_id, label, position)`,
      [tenantId, data.campaignId, data.options.map((option) => option.optionId), data.options.map((option) => option.label)],
    ),
});

/** Applied by the event store on every append to a participation, registration or ballot stream. */
export const participationProjections: ProjectionRegistrations = {
  [participationStreamType]: [campaignParticipantsProjection, participationTouchpointsProjection],
  [registrationStreamType]: [campaignRegistrationsProjection],
  [ballotStreamType]: [campaignBallotProjection],
};
