import { randomUUID } from 'node:crypto';
import { MemberConsentGrantedV1, MemberConsentRevokedV1, MemberEnteredSegmentV1, MemberJoinedV2, MemberLeftV1, SanctionAppliedV1, SanctionLiftedV1 } from '@groundswell/events';
import { factChangeOf, latestFacts } from './eligibility-facts';

const tenant = 'tenant-1';
const [memberId, communityId, sanctionId, segmentId] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const at = (subject: string) => ({ subject, tenantid: tenant, streamversion: 1, time: '2026-12-01T09:00:00Z' });
const moderator = { kind: 'operator' as const, id: 'moderator-wang' };
const joined = () => MemberJoinedV2.create({ memberId, communityId, platform: 'wecom', acquisition: { channel: 'qr-code' } }, at(memberId));
const left = () => MemberLeftV1.create({ memberId, communityId, platform: 'wecom', reason: 'left' }, at(memberId));
const consent = (granted: boolean, decidedAt: string, purpose: 'marketing_messages' | 'analytics' = 'marketing_messages') =>
  (granted ? MemberConsentGrantedV1 : MemberConsentRevokedV1).create(
    { memberId, purpose, decidedAt, source: 'member_self_service', policyVersion: '2026-01', recordedBy: moderator },
    at(memberId),
  );
const sanction = (kind: 'remove' | 'ban' | 'mute') =>
  SanctionAppliedV1.create(
    { sanctionId, memberId, kind, communityId, ruleId: 'rule-ads', reason: '发广告', notice: '你被移出社群', appliedBy: moderator, appliedAt: '2026-12-01T09:00:00Z' },
    at(`member-sanctions-${memberId}`),
  );

describe(factChangeOf.name, () => {
  it('should read community membership off joins and leaves', () => {
    expect(factChangeOf(joined())).toEqual({ kind: 'membership', tenantId: tenant, memberId, communityId, active: true });
    expect(factChangeOf(left())).toMatchObject({ kind: 'membership', active: false });
  });

  it('should read marketing consent and ignore consent for other purposes', () => {
    expect(factChangeOf(consent(true, '2026-12-01T09:00:00.000Z'))).toMatchObject({ kind: 'consent', granted: true });
    expect(factChangeOf(consent(true, '2026-12-01T09:00:00.000Z', 'analytics'))).toBeUndefined();
  });

  it('should read segment entries', () => {
    const entered = MemberEnteredSegmentV1.create({ memberId, segmentId, cause: 'member_changed', causeEventId: null, changedAt: '2026-12-01T09:00:00.000Z' }, at(memberId));
    expect(factChangeOf(entered)).toEqual({ kind: 'segment', tenantId: tenant, memberId, segmentId, inSegment: true });
  });

  it('should read removals and bans, their lifting, and ignore milder sanctions', () => {
    expect(factChangeOf(sanction('remove'))).toEqual({ kind: 'sanction', tenantId: tenant, memberId, sanctionId, sanctionKind: 'remove', communityId, inForce: true });
    const lifted = SanctionLiftedV1.create({ sanctionId, memberId, kind: 'remove', communityId, reason: '申诉成立', liftedBy: moderator }, at(`member-sanctions-${memberId}`));
    expect(factChangeOf(lifted)).toMatchObject({ kind: 'sanction', inForce: false });
    expect(factChangeOf(sanction('mute'))).toBeUndefined();
  });

  it('should ignore events it does not know', () => {
    expect(factChangeOf({ ...joined(), type: 'groundswell.members.MemberTeleported.v1' })).toBeUndefined();
  });
});

describe(latestFacts.name, () => {
  it('should keep the last change of each fact, so a join then a leave ends as a leave', () => {
    const changes = [joined(), left()].map((event) => factChangeOf(event)!);
    expect(latestFacts(changes)).toEqual([expect.objectContaining({ kind: 'membership', active: false })]);
  });

  it('should keep the consent decided last, even when an older decision arrives after it', () => {
    const changes = [consent(false, '2026-12-02T09:00:00.000Z'), consent(true, '2026-12-01T09:00:00.000Z')].map((event) => factChangeOf(event)!);
    expect(latestFacts(changes)).toEqual([expect.objectContaining({ kind: 'consent', granted: false })]);
  });
});
