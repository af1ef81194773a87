import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { lotteryEventTypes, lotteryStreamType, type LotteryEvent } from './lottery.events';

/** `lotteries` and `lottery_entries`: each lottery as it reads now, and who entered it. */
export const lotteriesProjection = defineProjection<LotteryEvent>('lotteries', {
  [lotteryEventTypes.created]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO lotteries (tenant_id, lottery_id, campaign_id, name, prizes, seed_commitment, entries_close_at, status, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9)`,
      [tenantId, data.lotteryId, data.campaignId, data.name, JSON.stringify(data.prizes), data.seedCommitment, data.entriesCloseAt, occurredAt, data.createdBy],
    ),
  [lotteryEventTypes.entered]: async (client, { tenantId, occurredAt, data }) => {
    await client.query('INSERT INTO lottery_entries (tenant_id, lottery_id, member_id, entered_at) VALUES ($1, $2, $3, $4)', [tenantId, data.lotteryId, data.memberId, occurredAt]);
    await client.query('UPDATE lotteries SET entrant_count = entrant_count + 1 WHERE tenant_id = $1 AND lottery_id = $2', [tenantId, data.lotteryId]);
  },
  [lotteryEventTypes.entriesClosed]: (client, { tenantId, data }) =>
    client.query(`UPDATE lotteries SET status = 'closed', entries_digest = $3 WHERE tenant_id = $1 AND lottery_id = $2`, [tenantId, data.lotteryId, data.entriesDigest]),
  [lotteryEventTypes.drawn]: (client, { tenantId, occurredAt, data }) =>
    client.query(`UPDATE lotteries SET status = 'drawn', seed = $3, algorithm = $4, winners = $5, drawn_at = $6 WHERE tenant_id = $1 AND lottery_id = $2`, [
      tenantId,
      data.lotteryId,
      data.seed,
      data.algorithm,
      JSON.stringify(data.winners),
      occurredAt,
    ]),
});

/** Applied by the event store on every append to a lottery stream. */
export const lotteryProjections: ProjectionRegistrations = { [lotteryStreamType]: [lotteriesProjection] };
