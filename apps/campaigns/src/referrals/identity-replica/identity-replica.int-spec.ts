import { randomUUID } from 'node:crypto';
import { MemberAbsorbedV1, MemberIdentityLinkedV1, MemberRegisteredV1, type EventEnvelope } from '@groundswell/events';
import type { TestDatabase } from '@groundswell/test-kit';
import { createCampaignsDatabase } from '../../testing/campaigns-database';
import { firstKnownAt } from '../use-cases/invitee-facts';
import { replicateIdentities } from './identity-replica.handler';

const lastYear = new Date('2025-12-01T00:00:00.000Z');
const today = new Date('2026-12-01T00:00:00.000Z');
const encrypted = { keyId: 'key-1', ciphertext: 'AAAA', iv: 'AAAA', tag: 'AAAA' };
const operator = { kind: 'operator' as const, id: 'u-ops' };

describe(replicateIdentities.name, () => {
  let database: TestDatabase;
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const at = (memberId: string, time: Date, streamversion = 1) => ({ subject: `member-${memberId}`, tenantid: tenant, streamversion, time });

  beforeEach(async () => {
    database = await createCampaignsDatabase('referral_identities');
  });

  afterEach(() => database.drop());

  async function replicate(envelopes: EventEnvelope[]): Promise<void> {
    const client = await database.pool.connect();
    try {
      await replicateIdentities(client, envelopes.map((envelope, offset) => ({ envelope, context: { topic: 'gs.members.member', partition: 0, offset: String(offset) } })));
    } finally {
      client.release();
    }
  }

  it('should date a new member by an identity absorbed from a duplicate known last year, and apply a redelivery as a no-op', async () => {
    const [duplicate, newcomer, stranger, identityId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const linked = MemberIdentityLinkedV1.create({ memberId: duplicate, identity: { identityId, kind: 'phone', value: encrypted }, linkedBy: operator }, at(duplicate, lastYear, 2));
    const batch = [
      MemberRegisteredV1.create({ memberId: newcomer, keyId: 'key-2', registeredBy: operator }, at(newcomer, today)),
      linked,
      MemberAbsorbedV1.create(
        { memberId: newcomer, absorbedMemberId: duplicate, absorbedKeyId: 'key-1', mergeId: randomUUID(), identities: [{ identityId, kind: 'phone', value: encrypted, mergedVia: [] }], memberships: [], mergedBy: operator },
        at(newcomer, today, 2),
      ),
      MemberRegisteredV1.create({ memberId: stranger, keyId: 'key-3', registeredBy: operator }, at(stranger, today)),
    ];

    await replicate(batch);
    await replicate([linked]);

    const client = await database.pool.connect();
    try {
      expect(await firstKnownAt(client, tenant, newcomer)).toBe(lastYear.toISOString());
      expect(await firstKnownAt(client, tenant, stranger)).toBe(today.toISOString());
      expect(await firstKnownAt(client, tenant, randomUUID())).toBeNull();
    } finally {
      client.release();
    }
  });
});
