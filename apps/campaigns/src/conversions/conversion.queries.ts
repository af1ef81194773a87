import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { AttributionModelName, ConversionKind, TouchpointKind } from './conversion.events';

export interface ConversionRecord {
  id: string;
  externalOrderId: string;
  kind: ConversionKind;
  memberId: string;
  amountMinor: number;
  refundedMinor: number;
  currency: string;
  occurredAt: Date;
  createdAt: Date;
  /** The campaign credited under last touch, if any. */
  lastTouchCampaignId: string | null;
}

/** A campaign's attributed conversions in one currency under one model version. */
export interface CampaignConversionTotals {
  currency: string;
  conversions: number;
  grossMinor: number;
  refundedMinor: number;
  netMinor: number;
}

/** What earned a credit; null where a touchpoint kind has no such thing (a content click has no referrer). */
export interface CreditSource {
  touchpointKind: TouchpointKind | null;
  communityId: string | null;
  channel: string | null;
  referrerId: string | null;
}

export type CampaignConversionSourceTotals = CampaignConversionTotals & CreditSource;

const sourceColumns: Record<keyof CreditSource, string> = { touchpointKind: 'touchpoint_kind', communityId: 'community_id', channel: 'channel', referrerId: 'referrer_id' };

const columns = `c.conversion_id AS id, c.external_order_id AS "externalOrderId", c.kind, c.member_id AS "memberId", c.amount_minor::float8 AS "amountMinor",
  c.refunded_minor::float8 AS "refundedMinor", c.currency, c.occurred_at AS "occurredAt", c.created_at AS "createdAt",
  (SELECT campaign_id FROM conversion_credits k WHERE k.tenant_id = c.tenant_id AND k.conversion_id = c.conversion_id AND k.model = 'last_touch' ORDER BY k.model_version DESC LIMIT 1) AS "lastTouchCampaignId"`;

@Injectable()
export class ConversionQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async conversion(tenantId: string, conversionId: string): Promise<ConversionRecord | null> {
    const { rows } = await this.pool.query<ConversionRecord>(`SELECT ${columns} FROM conversions c WHERE c.tenant_id = $1 AND c.conversion_id = $2`, [tenantId, conversionId]);
    return rows[0] ?? null;
  }

  /** The tenant's conversions, newest recorded first. */
  async conversions(tenantId: string, first?: number, after?: string): Promise<Connection<ConversionRecord>> {
    return keysetPage(this.pool, { from: 'conversions c', columns, where: 'c.tenant_id = $1', values: [tenantId], time: 'c.created_at', key: 'c.conversion_id' }, { first, after });
  }

  /**
   * What the campaign is credited with under the model's latest version. A refund takes back from
   * each credit its share of the refund (rounded to the minor unit), so a full refund nets to 0.
   */
  async campaignTotals(tenantId: string, campaignId: string, model: AttributionModelName): Promise<CampaignConversionTotals[]> {
    return this.creditedTotals<CampaignConversionTotals>(tenantId, campaignId, model, []);
  }

  /** The same totals split by what earned the credits: touchpoint kind, community, channel and referrer. */
  async campaignTotalsBySource(tenantId: string, campaignId: string, model: AttributionModelName): Promise<CampaignConversionSourceTotals[]> {
    return this.creditedTotals<CampaignConversionSourceTotals>(tenantId, campaignId, model, Object.entries(sourceColumns));
  }

  private async creditedTotals<Row extends CampaignConversionTotals>(tenantId: string, campaignId: string, model: AttributionModelName, dimensions: Array<[string, string]>): Promise<Row[]> {
    const selected = dimensions.map(([alias, column]) => `k.${column} AS "${alias}"`);
    const grouped = ['currency', ...dimensions.map(([alias]) => `"${alias}"`)].join(', ');
    const { rows } = await this.pool.query<Row>(
      `WITH latest AS (SELECT max(model_version) AS version FROM conversion_credits WHERE tenant_id = $1 AND model = $3),
            credited AS (
              SELECT ${['c.currency', ...selected].join(', ')}, c.conversion_id, k.amount_minor AS gross,
                     CASE WHEN c.amount_minor = 0 THEN 0 ELSE round(k.amount_minor * c.refunded_minor::numeric / c.amount_minor) END AS refunded
              FROM conversion_credits k JOIN conversions c ON c.tenant_id = k.tenant_id AND c.conversion_id = k.conversion_id
              WHERE k.tenant_id = $1 AND k.campaign_id = $2 AND k.model = $3 AND k.model_version = (SELECT version FROM latest))
       SELECT ${grouped}, count(DISTINCT conversion_id)::int AS conversions, sum(gross)::float8 AS "grossMinor", sum(refunded)::float8 AS "refundedMinor",
              (sum(gross) - sum(refunded))::float8 AS "netMinor"
       FROM credited GROUP BY ${grouped} ORDER BY ${grouped}`,
      [tenantId, campaignId, model],
    );
    return rows;
  }
}
