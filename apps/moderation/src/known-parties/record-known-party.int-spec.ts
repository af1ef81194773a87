import { randomUUID } from 'node:crypto';
import { CommunityCreatedV1, MemberJoinedV2, MemberLeftV1 } from '@groundswell/events';
import type { ConsumedEvent } from '@groundswell/messaging';
import { createTestDatabase, freshDatabase } from '@groundswell/test-kit';
import { knownPartyMigrations } from './known-parties.migrations';
import { recordKnownParties } from './record-known-party';

const at = (tenantid: string, subject: string) => ({ subject, tenantid, streamversion: 1, time: '2025-03-01T09:00:00Z' });
const aCommunityCreated = (tenantId: string, communityId: string) =>
  CommunityCreatedV1.create({ communityId, name: 'A community', platform: 'wecom' }, at(tenantId, communityId));
const aMemberJoined = (tenantId: string, communityId: string, memberId = randomUUID()) =>
  MemberJoinedV2.create({ memberId, communityId, platform: 'wecom', acquisition: { channel: 'qr-code' } }, at(tenantId, memberId));
const aMemberLeft = (tenantId: string, communityId: string, memberId = randomUUID()) =>
  MemberLeftV1.create({ memberId, communityId, platform: 'wecom', reason: 'left' }, at(tenantId, memberId));

const consumed = (envelope: ConsumedEvent['envelope'], offset: number): ConsumedEvent => ({ envelope, context: { topic: 'gs.members.member', partition: 0, offset: String(offset) } });

describe(recordKnownParties.name, () => {
  const database = freshDatabase('test', () => createTestDatabase('known_parties', knownPartyMigrations));

  it('should record the communities and members of a batch spanning tenants, once each, and ignore other events', async () => {
    const [first, second] = [`tenant-${randomUUID()}`, `tenant-${randomUUID()}`];
    const [community, member] = [randomUUID(), randomUUID()];
    const batch = [
      aCommunityCreated(first, community),
      aMemberJoined(first, community, member),
      aMemberJoined(second, randomUUID(), member),
      aMemberJoined(first, randomUUID(), member),
      aMemberLeft(first, community),
      { ...aMemberJoined(second, community), type: 'groundswell.members.MemberTeleported.v1' },
    ].map(consumed);

    const client = await database.pool.connect();
    try {
      await recordKnownParties(client, batch);
    } finally {
      client.release();
    }

    const known = async (table: string, column: string) =>
      (await database.pool.query(`SELECT tenant_id, ${column} AS id FROM ${table} ORDER BY tenant_id, ${column}`)).rows.map((row) => `${row.tenant_id}/${row.id}`);
    expect(await known('known_communities', 'community_id')).toEqual([`${first}/${community}`]);
    expect(await known('known_members', 'member_id')).toEqual([`${first}/${member}`, `${second}/${member}`].sort());
  });
});
