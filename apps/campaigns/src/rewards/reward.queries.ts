import { Inject, Injectable } from '@nestjs/common';
import type { GrantedReward, GrantReason } from '@groundswell/events';
import { keysetPage, PG_POOL, type Connection, type PageRequest } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { GiftFulfilment } from './reward.events';

export interface RewardGrantRecord {
  id: string;
  campaignId: string;
  memberId: string;
  reward: GrantedReward;
  reason: GrantReason;
  fulfilment: GiftFulfilment | null;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  grantedAt: Date;
  grantedBy: string;
  updatedAt: Date;
}

export interface RewardGrantFilter {
  campaignId?: string | null;
  memberId?: string | null;
  fulfilment?: GiftFulfilment | null;
}

const columns = `grant_id AS id, campaign_id AS "campaignId", member_id AS "memberId", reward, reason, fulfilment, carrier, tracking_number AS "trackingNumber",
  cancel_reason AS "cancelReason", granted_at AS "grantedAt", granted_by AS "grantedBy", updated_at AS "updatedAt"`;

@Injectable()
export class RewardQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async grant(tenantId: string, grantId: string): Promise<RewardGrantRecord | null> {
    const { rows } = await this.pool.query<RewardGrantRecord>(`SELECT ${columns} FROM reward_grants WHERE tenant_id = $1 AND grant_id = $2`, [tenantId, grantId]);
    return rows[0] ?? null;
  }

  /** Grants newest first, by campaign, member and/or gift fulfilment state. */
  grants(tenantId: string, filter: RewardGrantFilter, page: PageRequest): Promise<Connection<RewardGrantRecord>> {
    return keysetPage<RewardGrantRecord>(
      this.pool,
      {
        columns,
        from: 'reward_grants',
        where: 'tenant_id = $1 AND ($2::text IS NULL OR campaign_id = $2) AND ($3::text IS NULL OR member_id = $3) AND ($4::text IS NULL OR fulfilment = $4)',
        values: [tenantId, filter.campaignId ?? null, filter.memberId ?? null, filter.fulfilment ?? null],
        time: 'granted_at',
        key: 'grant_id',
      },
      page,
    );
  }
}
