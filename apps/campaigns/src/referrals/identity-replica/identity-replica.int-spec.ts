import { randomUUID } from 'node:crypto';
import { MemberAbsorbedV1, MemberErasedV1, MemberIdentityLinkedV1, MemberRegisteredV1, type EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import { createCampaignsDatabase } from '../../testing/campaigns-database';
import { firstKnownAt } from '../use-cases/invitee-facts';
import { replicateIdentities } from './identity-replica.handler';

const lastYear = new Date('2025-12-01T00:00:00.000Z');
const today = new Date('2026-12-01T00:00:00.000Z');
const encrypted = { keyId: 'key-1', ciphertext: 'AAAA', iv: 'AAAA', tag: 'AAAA' };
const operator = { kind: 'operator' as const, id: 'u-ops' };

describe(replicateIdentities.name, () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('referral_identities'));
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const at = (memberId: string, time: Date, streamversion = 1) => ({ subject: `member-${memberId}`, tenantid: tenant, streamversion, time });

  async function replicate(envelopes: EventEnvelope[]): Promise<void> {
    const client = await database.pool.connect();
    try {
      await replicateIdentities(client, envelopes.map((envelope, offset) => ({ envelope, context: { topic: 'gs.members.member', partition: 0, offset: String(offset) } })));
    } finally {
      client.release();
    }
  }

  const identitiesOf = async (memberId: string) =>
    (await database.pool.query<{ identity_id: string }>('SELECT identity_id FROM referral_known_identities WHERE tenant_id = $1 AND member_id = $2', [tenant, memberId])).rows.map((row) => row.identity_id);
  const erasure = (memberId: string, streamversion: number) =>
    MemberErasedV1.create({ memberId, erasedKeyIds: ['key-1'], basis: 'member_request', requestedBy: operator }, at(memberId, today, streamversion));
  const absorption = (survivor: string, duplicate: string, identityId: string) =>
    MemberAbsorbedV1.create(
      { memberId: survivor, absorbedMemberId: duplicate, absorbedKeyId: 'key-1', mergeId: randomUUID(), identities: [{ identityId, kind: 'phone', value: encrypted, mergedVia: [] }], memberships: [], mergedBy: operator },
      at(survivor, today, 2),
    );

  it('should delete an erased member\'s identities and those it brought to a survivor, even when the merge arrives after the erasure', async () => {
    const [erased, survivor, duplicate, survivorsOwn, brought] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const link = (memberId: string, identityId: string) => MemberIdentityLinkedV1.create({ memberId, identity: { identityId, kind: 'phone', value: encrypted }, linkedBy: operator }, at(memberId, lastYear, 2));

    await replicate([MemberRegisteredV1.create({ memberId: erased, keyId: 'key-1', registeredBy: operator }, at(erased, lastYear)), link(erased, randomUUID()), erasure(erased, 3)]);
    // The duplicate's erasure is on its own partition, so it may come before the survivor's absorption.
    await replicate([MemberRegisteredV1.create({ memberId: survivor, keyId: 'key-2', registeredBy: operator }, at(survivor, today)), link(survivor, survivorsOwn), link(duplicate, brought), erasure(duplicate, 3)]);
    await replicate([absorption(survivor, duplicate, brought)]);

    expect(await identitiesOf(erased)).toEqual([]);
    expect(await identitiesOf(duplicate)).toEqual([]);
    expect(await identitiesOf(survivor)).toEqual([survivorsOwn]);
    const client = await database.pool.connect();
    try {
      // When the erased member was first known stays: members keeps the erased member's row too.
      expect(await firstKnownAt(client, tenant, erased)).toBe(lastYear.toISOString());
    } finally {
      client.release();
    }
  });

  it('should delete the identities a duplicate brought to a survivor when the duplicate is erased after the merge', async () => {
    const [survivor, duplicate, brought] = [randomUUID(), randomUUID(), randomUUID()];
    await replicate([
      MemberRegisteredV1.create({ memberId: survivor, keyId: 'key-2', registeredBy: operator }, at(survivor, today)),
      MemberIdentityLinkedV1.create({ memberId: duplicate, identity: { identityId: brought, kind: 'phone', value: encrypted }, linkedBy: operator }, at(duplicate, lastYear, 2)),
      absorption(survivor, duplicate, brought),
    ]);
    expect(await identitiesOf(survivor)).toEqual([brought]);

    await replicate([erasure(duplicate, 3)]);
    expect(await identitiesOf(survivor)).toEqual([]);
  });

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
