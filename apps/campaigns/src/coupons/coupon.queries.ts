import { Inject, Injectable } from '@nestjs/common';
import { newestFirstPage, PG_POOL, type Connection, type PageRequest } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { CouponBenefit } from './coupon.events';

export interface CouponBatchRecord {
  id: string;
  campaignId: string;
  name: string;
  stock: number;
  claimed: number;
  perMemberLimit: number;
  validFrom: Date;
  validUntil: Date;
  benefit: CouponBenefit;
  createdAt: Date;
  createdBy: string;
}

export interface CouponRecord {
  id: string;
  batchId: string;
  campaignId: string;
  memberId: string;
  code: string;
  validFrom: Date;
  validUntil: Date;
  orderReference: string | null;
  redeemedAt: Date | null;
  createdAt: Date;
}

const batchColumns = `batch_id AS id, campaign_id AS "campaignId", name, stock, claimed, per_member_limit AS "perMemberLimit", valid_from AS "validFrom",
  valid_until AS "validUntil", benefit, created_at AS "createdAt", created_by AS "createdBy"`;
const couponColumns = `coupon_id AS id, batch_id AS "batchId", campaign_id AS "campaignId", member_id AS "memberId", code, valid_from AS "validFrom",
  valid_until AS "validUntil", order_reference AS "orderReference", redeemed_at AS "redeemedAt", created_at AS "createdAt"`;

@Injectable()
export class CouponQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async batch(tenantId: string, batchId: string): Promise<CouponBatchRecord | null> {
    const { rows } = await this.pool.query<CouponBatchRecord>(`SELECT ${batchColumns} FROM coupon_batches WHERE tenant_id = $1 AND batch_id = $2`, [tenantId, batchId]);
    return rows[0] ?? null;
  }

  async coupon(tenantId: string, couponId: string): Promise<CouponRecord | null> {
    const { rows } = await this.pool.query<CouponRecord>(`SELECT ${couponColumns} FROM coupons WHERE tenant_id = $1 AND coupon_id = $2`, [tenantId, couponId]);
    return rows[0] ?? null;
  }

  /** A campaign's coupon batches (or the tenant's, without one), newest first. */
  batches(tenantId: string, campaignId: string | null, page: PageRequest): Promise<Connection<CouponBatchRecord>> {
    return newestFirstPage(this.pool, { table: 'coupon_batches', idColumn: 'batch_id', columns: batchColumns, tenantId, where: '($2::text IS NULL OR campaign_id = $2)', values: [campaignId], ...page });
  }

  /** Coupons issued, newest first, by batch and/or member. */
  coupons(tenantId: string, filter: { batchId?: string | null; memberId?: string | null }, page: PageRequest): Promise<Connection<CouponRecord>> {
    const where = '($2::text IS NULL OR batch_id = $2) AND ($3::text IS NULL OR member_id = $3)';
    return newestFirstPage(this.pool, { table: 'coupons', idColumn: 'coupon_id', columns: couponColumns, tenantId, where, values: [filter.batchId ?? null, filter.memberId ?? null], ...page });
  }
}
