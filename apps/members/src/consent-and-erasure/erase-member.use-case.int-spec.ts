import { readStream, toEnvelope, withTransaction } from '@groundswell/event-store';
import type { EncryptedField } from '@groundswell/events';
import type { KafkaProducer } from '@groundswell/messaging';
import { partnerFeedHandler } from '../partner-feed/partner-feed.handler';
import { MemberQueries } from '../membership/member-queries';
import { anOperator, inMembersWorld, type MembersTestWorld } from '../shared/testing/members-test-world';
import { EraseMemberUseCase } from './erase-member.use-case';
import { JoinCommunityUseCase } from '../membership/use-cases/join-community.use-case';
import { MergeMembersUseCase } from '../merge/merge-members.use-case';
import { RecordConsentUseCase } from './record-consent.use-case';
import { UpdateMemberProfileUseCase } from '../membership/use-cases/update-member-profile.use-case';

const erasedType = 'groundswell.members.MemberErased.v1';

/** Every encrypted value anywhere in an event's data. */
function sealedValues(value: unknown): EncryptedField[] {
  if (!value || typeof value !== 'object') return [];
  if ('ciphertext' in value && 'keyId' in value) return [value as EncryptedField];
  return Object.values(value).flatMap(sealedValues);
}

/** What a partner would receive for these streams: the partner feed's real handler, with a producer that records. */
async function partnerMessages(world: MembersTestWorld, tenant: string, streamIds: string[]) {
  const sent: string[] = [];
  const producer = { send: async (record: { messages: Array<{ value: Buffer | string | null; headers?: unknown }> }) => {
    for (const message of record.messages) sent.push(`${JSON.stringify(message.headers ?? {})} ${String(message.value)}`);
  } } as unknown as KafkaProducer;
  const handle = partnerFeedHandler(producer);
  for (const streamId of streamIds) {
    for (const event of await readStream(world.database.pool, tenant, streamId)) await withTransaction(world.database.pool, (client) => handle(client, toEnvelope(event)));
  }
  return sent;
}

describe(EraseMemberUseCase.name, () => {
  it('should erase the duplicates a member absorbed with it: no name or phone readable anywhere, counts unchanged', async () => {
    await inMembersWorld('erase_absorbed', async (world) => {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const otherCommunity = await world.aCommunity(operator);
      const join = new JoinCommunityUseCase(world.context);
      const survivor = (await join.execute(operator, { communityId, channel: 'qr', displayName: '王芳', identities: [{ kind: 'phone', value: '13800000011' }] })).memberId;
      const duplicate = (await join.execute(operator, { communityId: otherCommunity, channel: 'poster', displayName: '王小芳', identities: [{ kind: 'phone', value: '13900000022' }] })).memberId;
      await new UpdateMemberProfileUseCase(world.context).execute(operator, duplicate, { region: '杭州', occupation: '设计师' });
      const consent = new RecordConsentUseCase(world.context);
      for (const memberId of [survivor, duplicate]) {
        await consent.execute(operator, memberId, { purpose: 'partner_sharing', granted: true, source: 'operator_on_behalf', policyVersion: '2026-01', decidedAt: new Date() });
      }
      await new MergeMembersUseCase(world.context).merge(operator, { duplicateId: duplicate, survivorId: survivor, reason: 'same phone owner' });
      const queries = new MemberQueries(world.context);
      const counts = async () => [(await queries.community(operator.tenant, communityId))!.memberCount, (await queries.community(operator.tenant, otherCommunity))!.memberCount];
      const countsBefore = await counts();
      expect(await queries.reveal(operator.tenant, duplicate, (await queries.member(operator.tenant, duplicate))!.displayNameSealed)).toBe('王小芳');

      await new EraseMemberUseCase(world.context).execute(operator, survivor, 'member_request');

      // Both streams end with their own erasure.
      expect((await world.eventsOf(operator, `member-${survivor}`)).at(-1)).toBe(erasedType);
      expect((await world.eventsOf(operator, `member-${duplicate}`)).at(-1)).toBe(erasedType);
      // The read side (what GraphQL resolves from) reveals nothing of either.
      for (const memberId of [survivor, duplicate]) {
        const member = (await queries.member(operator.tenant, memberId))!;
        expect(member.status).toBe('erased');
        expect(await queries.reveal(operator.tenant, memberId, member.displayNameSealed)).toBeNull();
        expect(await queries.identities(operator.tenant, memberId)).toEqual([]);
        expect(Object.values((await queries.profile(operator.tenant, memberId))!).every((value) => value === null)).toBe(true);
      }
      // Every encrypted value in both streams' event rows is now unreadable, whoever sealed it.
      const rows = [...(await readStream(world.database.pool, operator.tenant, `member-${survivor}`)), ...(await readStream(world.database.pool, operator.tenant, `member-${duplicate}`))];
      const sealed = rows.flatMap((event) => sealedValues(event.data));
      expect(sealed.length).toBeGreaterThanOrEqual(6);
      for (const field of sealed) {
        expect(await world.context.vault.decrypt(world.database.pool, operator.tenant, survivor, field)).toBeNull();
        expect(await world.context.vault.decrypt(world.database.pool, operator.tenant, duplicate, field)).toBeNull();
      }
      expect(JSON.stringify(rows.map((event) => event.data))).not.toMatch(/王|13800000011|13900000022|杭州/);
      // Partners hear of both erasures, and never of a name or phone.
      const partner = await partnerMessages(world, operator.tenant, [`member-${survivor}`, `member-${duplicate}`]);
      expect(partner.filter((message) => message.includes('MemberErased'))).toHaveLength(2);
      expect(partner.join('\n')).toContain(duplicate);
      expect(partner.join('\n')).not.toMatch(/王|13800000011|13900000022|8613800000011|杭州/);
      // The community counts still include the member.
      expect(await counts()).toEqual(countsBefore);
      // A phone of the erased person no longer finds anybody: joining with it registers someone new.
      const rejoin = await join.execute(operator, { communityId, channel: 'qr', identities: [{ kind: 'phone', value: '13900000022' }] });
      expect(rejoin.newMember).toBe(true);
    });
  });

  it('should erase only the absorbed record when a merged-away duplicate is erased, and refuse to undo that merge', async () => {
    await inMembersWorld('erase_duplicate', async (world) => {
      const operator = anOperator();
      const communityId = await world.aCommunity(operator);
      const join = new JoinCommunityUseCase(world.context);
      const survivor = (await join.execute(operator, { communityId, channel: 'qr', displayName: '陈晨', identities: [{ kind: 'phone', value: '13700000033' }] })).memberId;
      const duplicate = (await join.execute(operator, { communityId, channel: 'qr', displayName: '陈辰', identities: [{ kind: 'email', value: 'chen@example.com' }] })).memberId;
      const merges = new MergeMembersUseCase(world.context);
      const { mergeId } = await merges.merge(operator, { duplicateId: duplicate, survivorId: survivor, reason: 'same person' });

      await new EraseMemberUseCase(world.context).execute(operator, duplicate, 'member_request');

      const queries = new MemberQueries(world.context);
      expect((await queries.member(operator.tenant, survivor))!.status).toBe('active');
      expect(await queries.reveal(operator.tenant, survivor, (await queries.member(operator.tenant, survivor))!.displayNameSealed)).toBe('陈晨');
      const identities = await queries.identities(operator.tenant, survivor);
      expect(await Promise.all(identities.map((row) => queries.reveal(operator.tenant, row.sealedBy, row.sealed)))).toEqual(['+8613700000033']);
      expect(await world.eventsOf(operator, `member-${survivor}`)).not.toContain(erasedType);
      await expect(merges.unmerge(operator, { survivorId: survivor, duplicateId: duplicate, mergeId, reason: 'undo' })).rejects.toMatchObject({ code: 'MEMBER_ERASED' });
    });
  });
});
