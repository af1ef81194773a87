import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { conversionEventTypes, conversionStreamType, type ConversionEvent } from './conversion.events';

export const conversionsProjection = defineProjection<ConversionEvent>('conversions', {
  [conversionEventTypes.recorded]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO conversions (tenant_id, conversion_id, external_order_id, kind, member_id, amount_minor, currency, occurred_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [tenantId, data.conversionId, data.externalOrderId, data.kind, data.memberId, data.amountMinor, data.currency, data.occurredAt, occurredAt],
    ),
  [conversionEventTypes.attributed]: async (client, { tenantId, data }) => {
    for (const credit of data.credits) {
      await client.query(
        `INSERT INTO conversion_credits (tenant_id, conversion_id, model, model_version, campaign_id, touchpoint_id, amount_minor, touchpoint_kind, community_id, channel, referrer_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          tenantId,
          data.conversionId,
          data.model,
          data.modelVersion,
          credit.campaignId,
          credit.touchpointId,
          credit.amountMinor,
          credit.touchpointKind ?? null,
          credit.communityId ?? null,
          credit.channel ?? null,
          credit.referrerId ?? null,
        ],
      );
    }
  },
  [conversionEventTypes.refunded]: (client, { tenantId, data }) =>
    client.query('UPDATE conversions SET refunded_minor = refunded_minor + $3 WHERE tenant_id = $1 AND conversion_id = $2', [tenantId, data.conversionId, data.amountMinor]),
});

export const conversionProjections: ProjectionRegistrations = { [conversionStreamType]: [conversionsProjection] };
