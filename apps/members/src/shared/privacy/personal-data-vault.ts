import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { decryptField, encryptField, unwrapKey, wrapKey, type EncryptedField } from './field-cipher';

type Queryable = Pick<Pool | PoolClient, 'query'>;

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
