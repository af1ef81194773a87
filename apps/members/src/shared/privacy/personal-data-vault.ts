import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { decryptField, encryptField, unwrapKey, wrapKey, type EncryptedField } from './field-cipher';

type Queryable = Pick<Pool | PoolClient, 'query'>;

/** A member's data key, unwrapped: only ever held in memory for the length of one command. */
export interface MemberDataKey {
  keyId: string;
  key: Buffer;
}

export const dataKeysMigrationSql = `
  CREATE TABLE member_data_keys (
    tenant_id   text        NOT NULL,
    member_id   text        NOT NULL,
    key_id      uuid        NOT NULL,
    wrapped_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, member_id)
  )`;

/**
 * Crypto-shredding: every personal field of a member is encrypted with that member's own key.
 * Destroying the key makes every copy unreadable — events, read models, Kafka, backups — while
 * the non-personal facts and counts remain. Keys are read fresh on every use (no cache), so an
 * erasure takes effect at once on every replica.
 */
export class PersonalDataVault {
  constructor(private readonly keyEncryptionKey: Buffer) {
    if (keyEncryptionKey.length !== 32) throw new Error('The key-encryption key must be 32 bytes');
  }

  /** The member's key id, creating the key on first use; call inside the command's transaction. */
  async keyIdFor(client: PoolClient, tenantId: string, memberId: string): Promise<string> {
    await client.query(
      `INSERT INTO member_data_keys (tenant_id, member_id, key_id, wrapped_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, member_id) DO NOTHING`,
      [tenantId, memberId, randomUUID(), wrapKey(this.keyEncryptionKey, randomBytes(32), `${tenantId}:${memberId}`)],
    );
    const key = await this.memberKey(client, tenantId, memberId);
    if (!key) throw new Error(`No data key for member ${memberId}`);
    return key.keyId;
  }

  /** Encrypts with the member's key, creating it on first use; call inside the command's transaction. */
  async encrypt(client: PoolClient, tenantId: string, memberId: string, plaintext: string): Promise<EncryptedField> {
    await this.keyIdFor(client, tenantId, memberId);
    const key = await this.memberKey(client, tenantId, memberId);
    if (!key) throw new Error(`No data key for member ${memberId}`);
    return encryptField(key.key, key.keyId, plaintext, `${tenantId}:${memberId}`);
  }

  /**
   * The keys of many members at once, creating those missing: what `keyIdFor` does for one, in two
   * statements for a bulk import. Use them with `encryptWith` inside the same transaction.
   */
  async keysFor(client: PoolClient, tenantId: string, memberIds: readonly string[]): Promise<Map<string, MemberDataKey>> {
    const fresh = memberIds.map((memberId) => ({ memberId, keyId: randomUUID(), key: randomBytes(32) }));
    const { rows: created } = await client.query<{ member_id: string }>(
      `INSERT INTO member_data_keys (tenant_id, member_id, key_id, wrapped_key)
       SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::bytea[])
       ON CONFLICT (tenant_id, member_id) DO NOTHING RETURNING member_id`,
      [
        tenantId,
        fresh.map((each) => each.memberId),
        fresh.map((each) => each.keyId),
        fresh.map((each) => wrapKey(this.keyEncryptionKey, each.key, `${tenantId}:${each.memberId}`)),
      ],
    );
    const inserted = new Set(created.map((row) => row.member_id));
    const keys = new Map<string, MemberDataKey>(fresh.filter((each) => inserted.has(each.memberId)).map((each) => [each.memberId, { keyId: each.keyId, key: each.key }]));
    const existing = memberIds.filter((memberId) => !inserted.has(memberId));
    if (existing.length > 0) {
      const { rows } = await client.query<{ member_id: string; key_id: string; wrapped_key: Buffer }>(
        'SELECT member_id, key_id, wrapped_key FROM member_data_keys WHERE tenant_id = $1 AND member_id = ANY($2::text[])',
        [tenantId, existing],
      );
      for (const row of rows) keys.set(row.member_id, { keyId: row.key_id, key: unwrapKey(this.keyEncryptionKey, row.wrapped_key, `${tenantId}:${row.member_id}`) });
    }
    return keys;
  }

  /** Encrypts with a key from `keysFor`, bound to its member like `encrypt`. */
  encryptWith(key: MemberDataKey, tenantId: string, memberId: string, plaintext: string): EncryptedField {
    return encryptField(key.key, key.keyId, plaintext, `${tenantId}:${memberId}`);
  }

  /** The plaintext, or null once the member has been erased. */
  async decrypt(db: Queryable, tenantId: string, memberId: string, field: EncryptedField | null | undefined): Promise<string | null> {
    if (!field) return null;
    const key = await this.memberKey(db, tenantId, memberId);
    if (!key || key.keyId !== field.keyId) return null;
    return decryptField(key.key, field, `${tenantId}:${memberId}`);
  }

  /** Destroys keys by id: a member's own and those of duplicates merged into them. */
  async destroyKeys(client: PoolClient, tenantId: string, keyIds: readonly string[]): Promise<number> {
    const { rowCount } = await client.query('DELETE FROM member_data_keys WHERE tenant_id = $1 AND key_id = ANY($2::uuid[])', [tenantId, keyIds]);
    return rowCount ?? 0;
  }

  private async memberKey(db: Queryable, tenantId: string, memberId: string): Promise<{ keyId: string; key: Buffer } | undefined> {
    const { rows } = await db.query<{ key_id: string; wrapped_key: Buffer }>(
      'SELECT key_id, wrapped_key FROM member_data_keys WHERE tenant_id = $1 AND member_id = $2',
      [tenantId, memberId],
    );
    if (!rows[0]) return undefined;
    return { keyId: rows[0].key_id, key: unwrapKey(this.keyEncryptionKey, rows[0].wrapped_key, `${tenantId}:${memberId}`) };
  }
}
