import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, pageSize, PG_POOL, toConnection, type Connection } from '@groundswell/service-kit';
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

interface Page {
  first?: number;
  after?: string;
}

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
  batches(tenantId: string, campaignId: string | null, page: Page): Promise<Connection<CouponBatchRecord>> {
    return this.page('coupon_batches', 'batch_id', batchColumns, `tenant_id = $1 AND ($2::text IS NULL OR campaign_id = $2)`, [tenantId, campaignId], page);
  }

  /** Coupons issued, newest first, by batch and/or member. */
  coupons(tenantId: string, filter: { batchId?: string | null; memberId?: string | null }, page: Page): Promise<Connection<CouponRecord>> {
    return this.page('coupons', 'coupon_id', couponColumns, `tenant_id = $1 AND ($2::text IS NULL OR batch_id = $2) AND ($3::text IS NULL OR member_id = $3)`, [
      tenantId,
      filter.batchId ?? null,
      filter.memberId ?? null,
    ], page);
  }

  private async page<Row extends { id: string; createdAt: Date }>(table: string, idColumn: string, columns: string, where: string, values: unknown[], page: Page): Promise<Connection<Row>> {
    const size = pageSize(page.first);
    const [createdAt, id] = page.after ? decodeCursor(page.after, ['timestamp', 'key']) : [null, null];
    const n = values.length;
    const [{ rows }, total] = await Promise.all([
      this.pool.query<Row>(
        `SELECT ${columns} FROM ${table} WHERE ${where} AND ($${n + 1}::timestamptz IS NULL OR (created_at, ${idColumn}) < ($${n + 1}::timestamptz, $${n + 2}::text))
         ORDER BY created_at DESC, ${idColumn} DESC LIMIT $${n + 3}`,
        [...values, createdAt, id, size + 1],
      ),
      this.pool.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table} WHERE ${where}`, values),
    ]);
    return toConnection(rows, size, total.rows[0]!.count, (row) => encodeCursor([row.createdAt.toISOString(), row.id]), (row) => row);
  }
}
