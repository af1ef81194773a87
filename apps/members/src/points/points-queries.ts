import { Injectable } from '@nestjs/common';
import { keysetPage, type Connection } from '@groundswell/service-kit';
import { MembersContext } from '../shared/members-context';

export interface PointsAccountRow {
  memberId: string;
  balance: number;
  lifetimeEarned: number;
  level: string | null;
  updatedAt: Date | null;
}

export interface CatalogueItemRow {
  id: string;
  communityId: string | null;
  name: string;
  kind: string;
  cost: number;
  stock: number;
  withdrawn: boolean;
  addedAt: Date;
}

const itemColumns = `item_id AS id, community_id AS "communityId", name, kind, cost, stock, withdrawn, added_at AS "addedAt"`;

/** Read-side queries of points and the catalogue; every one is scoped to the caller's tenant by its first parameter. */
@Injectable()
export class PointsQueries {
  constructor(private readonly context: MembersContext) {}

  /** A registered member without any points movement yet has an empty account; an unknown member has none. */
  async pointsAccount(tenantId: string, memberId: string): Promise<PointsAccountRow | undefined> {
    const { rows } = await this.context.pool.query<PointsAccountRow>(
      `SELECT m.member_id AS "memberId", COALESCE(p.balance, 0) AS balance, COALESCE(p.lifetime_earned, 0) AS "lifetimeEarned",
              p.level, p.updated_at AS "updatedAt"
       FROM members m LEFT JOIN points_accounts p ON p.tenant_id = m.tenant_id AND p.member_id = m.member_id
       WHERE m.tenant_id = $1 AND m.member_id = $2`,
      [tenantId, memberId],
    );
    return rows[0];
  }

  async catalogueItem(tenantId: string, itemId: string): Promise<CatalogueItemRow | undefined> {
    const { rows } = await this.context.pool.query<CatalogueItemRow>(`SELECT ${itemColumns} FROM catalogue_items WHERE tenant_id = $1 AND item_id = $2`, [tenantId, itemId]);
    return rows[0];
  }

  catalogueItems(
    tenantId: string,
    filter: { communityId?: string; includeWithdrawn?: boolean },
    first?: number,
    after?: string,
  ): Promise<Connection<CatalogueItemRow>> {
    // An item of no community is offered in every community.
    const where = `tenant_id = $1 AND ($2::uuid IS NULL OR community_id IS NULL OR community_id = $2::uuid) AND ($3 OR NOT withdrawn)`;
    const values = [tenantId, filter.communityId ?? null, filter.includeWithdrawn ?? false];
    return keysetPage(this.context.pool, { from: 'catalogue_items', columns: itemColumns, where, values, time: 'added_at', key: 'item_id', keyKind: 'uuid', order: 'oldest-first' }, { first, after });
  }
}
