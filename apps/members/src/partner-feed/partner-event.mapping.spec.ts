import { randomUUID } from 'node:crypto';
import { createEnvelope } from '@groundswell/events';
import { toPartnerEvent as mapWithFacts, type PartnerFacts } from './partner-event.mapping';

const memberId = randomUUID();
const communityId = randomUUID();
const envelope = (type: string, data: Record<string, unknown>) =>
  createEnvelope({ type, data, subject: `member-${memberId}`, tenantid: 'tenant-a', streamversion: 3, time: new Date('2026-11-01T08:00:00Z') });

const noFacts: PartnerFacts = {
  pointsBalanceAfter: async () => { throw new Error('not needed by membership events'); },
  levelTables: async () => { throw new Error('not needed by membership events'); },
};
const toPartnerEvent = (event: Parameters<typeof mapWithFacts>[0]) => mapWithFacts(event, noFacts);

describe(mapWithFacts.name, () => {
  it('should map a join to its partner contract without the acquisition details partners may not see', async () => {
    const event = envelope('groundswell.members.MemberJoined.v2', {
      memberId,
      communityId,
      platform: 'wechat',
      acquisition: { channel: 'qr-code', referrerMemberId: randomUUID() },
    });
    expect(await toPartnerEvent(event)).toEqual({
      type: 'groundswell.partner.MemberJoined.v1',
      memberId,
      data: { memberId, communityId, platform: 'wechat', channel: 'qr-code' },
      always: false,
    });
  });

  it('should tell partners whether a departure was a removal', async () => {
    const left = async (reason: string) => (await toPartnerEvent(envelope('groundswell.members.MemberLeft.v1', { memberId, communityId, platform: 'qq', reason })))!.data;
    expect(await left('left')).toEqual({ memberId, communityId, removed: false });
    expect(await left('platform_account_closed')).toEqual({ memberId, communityId, removed: false });
    expect(await left('removed_by_operator')).toEqual({ memberId, communityId, removed: true });
    expect(await left('banned')).toEqual({ memberId, communityId, removed: true });
  });

  it('should always publish an erasure, carrying only the member id', async () => {
    const erased = await toPartnerEvent(envelope('groundswell.members.MemberErased.v1', { memberId, erasedKeyIds: ['k1'], basis: 'member_request', requestedBy: { kind: 'operator', id: 'u1' } }));
    expect(erased).toEqual({ type: 'groundswell.partner.MemberErased.v1', memberId, data: { memberId }, always: true });
  });

  it('should tell partners nothing about events outside the contract, such as profile changes', async () => {
    expect(await toPartnerEvent(envelope('groundswell.members.MemberProfileUpdated.v1', { memberId, changes: {}, updatedBy: { kind: 'operator', id: 'u1' } }))).toBeUndefined();
  });
});
