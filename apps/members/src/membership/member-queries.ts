import { Injectable } from '@nestjs/common';
import { keysetPage, RequestError, type Connection } from '@groundswell/service-kit';
import type { EncryptedField } from '@groundswell/events';
import { MembersContext } from '../shared/members-context';

export interface CommunityRow {
  id: string;
  name: string;
  platform: string;
  externalId: string | null;
  status: string;
  stage: string;
  memberCount: number;
  createdAt: Date;
}

export interface MemberRow {
  id: string;
  status: string;
  registeredAt: Date;
  displayNameSealed: EncryptedField | null;
}

export interface MemberProfileView {
  displayName: string | null;
  ageBand: string | null;
  gender: string | null;
  region: string | null;
  occupation: string | null;
  interests: string[] | null;
  activeHours: number[] | null;
}

const communityColumns = `community_id AS id, name, platform, external_id AS "externalId", status, stage,
  member_count AS "memberCount", created_at AS "createdAt"`;
const memberColumns = `m.member_id AS id, m.status, m.registered_at AS "registeredAt", m.display_name AS "displayNameSealed"`;

/** Read-side queries; every one is scoped to the caller's tenant by its first parameter. */
@Injectable()
export class MemberQueries {
  constructor(private readonly context: MembersContext) {}

  async community(tenantId: string, communityId: string): Promise<CommunityRow | undefined> {
    const { rows } = await this.context.pool.query<CommunityRow>(`SELECT ${communityColumns} FROM communities WHERE tenant_id = $1 AND community_id = $2`, [tenantId, communityId]);
    return rows[0];
  }

  communities(tenantId: string, first?: number, after?: string): Promise<Connection<CommunityRow>> {
    return keysetPage(
      this.context.pool,
      { from: 'communities', columns: communityColumns, where: 'tenant_id = $1', values: [tenantId], time: 'created_at', key: 'community_id', keyKind: 'uuid', order: 'oldest-first' },
      { first, after },
    );
  }

  async member(tenantId: string, memberId: string): Promise<MemberRow | undefined> {
    const { rows } = await this.context.pool.query<MemberRow>(`SELECT ${memberColumns} FROM members m WHERE m.tenant_id = $1 AND m.member_id = $2`, [tenantId, memberId]);
    return rows[0];
  }

  /** The member a mutation just changed, read back for its payload. */
  async requireMember(tenantId: string, memberId: string): Promise<MemberRow> {
    const member = await this.member(tenantId, memberId);
    if (!member) throw new RequestError('NOT_FOUND', 'No such member', { memberId });
    return member;
  }

  members(
    tenantId: string,
    filter: { communityId: string; status?: string; joinedSince?: Date },
    first?: number,
    after?: string,
  ): Promise<Connection<MemberRow>> {
    const where = `s.tenant_id = $1 AND s.community_id = $2 AND s.status = $3 AND s.joined_at >= $4::timestamptz`;
    const values = [tenantId, filter.communityId, filter.status ?? 'active', filter.joinedSince ?? '-infinity'];
    return keysetPage(
      this.context.pool,
      {
        from: 'memberships s JOIN members m ON m.tenant_id = s.tenant_id AND m.member_id = s.member_id',
        columns: `${memberColumns}, s.joined_at AS "joinedAt"`,
        where,
        values,
        time: 's.joined_at',
        key: 's.member_id',
        keyKind: 'uuid',
        order: 'oldest-first',
      },
      { first, after },
    );
  }

  async memberships(tenantId: string, memberId: string) {
    const { rows } = await this.context.pool.query(
      `SELECT community_id AS "communityId", status, stage, channel, joined_at AS "joinedAt", left_at AS "leftAt"
       FROM memberships WHERE tenant_id = $1 AND member_id = $2 ORDER BY joined_at`,
      [tenantId, memberId],
    );
    return rows as Array<{ communityId: string; status: string; stage: string; channel: string; joinedAt: Date; leftAt: Date | null }>;
  }

  async identities(tenantId: string, memberId: string) {
    const { rows } = await this.context.pool.query(
      `SELECT identity_id AS id, kind, scope, verified, value AS "sealed", sealed_by AS "sealedBy"
       FROM member_identities WHERE tenant_id = $1 AND member_id = $2 ORDER BY kind, identity_id`,
      [tenantId, memberId],
    );
    return rows as Array<{ id: string; kind: string; scope: string | null; verified: boolean; sealed: EncryptedField; sealedBy: string }>;
  }

  /** The member's profile in the clear, each field null once the member's key is destroyed. */
  async profile(tenantId: string, memberId: string): Promise<MemberProfileView | undefined> {
    const { rows } = await this.context.pool.query<{ profile: Record<string, EncryptedField> }>('SELECT profile FROM members WHERE tenant_id = $1 AND member_id = $2', [
      tenantId,
      memberId,
    ]);
    if (!rows[0]) return undefined;
    const field = (name: string) => this.reveal(tenantId, memberId, rows[0]!.profile[name] ?? null);
    const list = async <T>(name: string): Promise<T[] | null> => {
      const value = await field(name);
      return value === null ? null : (JSON.parse(value) as T[]);
    };
    return {
      displayName: await field('displayName'),
      ageBand: await field('ageBand'),
      gender: await field('gender'),
      region: await field('region'),
      occupation: await field('occupation'),
      interests: await list<string>('interests'),
      activeHours: await list<number>('activeHours'),
    };
  }

  /** The plaintext of a personal field sealed under `sealedBy`'s key, or null once that key is destroyed. */
  reveal(tenantId: string, sealedBy: string, sealed: EncryptedField | null): Promise<string | null> {
    return this.context.vault.decrypt(this.context.pool, tenantId, sealedBy, sealed);
  }
}
