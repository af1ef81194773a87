import { foldEvents } from '@groundswell/event-store';
import { MemberIdentityVerifiedV1, MemberMergedIntoV1 } from '@groundswell/events';
import { MemberDomainError } from '../shared/member-domain.error';
import { domainEvent } from '../shared/domain-event';
import { anId, anOperator, aSystemActor, theMember } from '../shared/testing/factories';
import { expectContractValid, memberDeciderSpec } from '../shared/testing/member-decider-spec';
import { memberDecider } from '../membership/member.decider';
import { aJoinTarget, aMemberRef, identityLinked, joined, registered } from '../membership/member.fixtures';
import type { MemberEvent } from '../membership/member.state';
import { decideMergeOfMembers, decideUnmergeOfMembers, planMerge } from './merge-members';

const spec = memberDeciderSpec(memberDecider);
const operator = anOperator();
const resolver = aSystemActor('identity-resolution');
const duplicate = aMemberRef();
const survivor = aMemberRef();
const [sharedCommunity, duplicateOnlyCommunity] = [anId(), anId()];
const [openidId, phoneId, survivorPhoneId] = [anId(), anId(), anId()];

// Built once: the fixtures' ciphertexts are random, and the restore checks compare whole states.
const duplicateEvents0: MemberEvent[] = [
  registered(duplicate),
  identityLinked(duplicate, { identityId: openidId, kind: 'wechat_openid', scope: 'wx1' }),
  identityLinked(duplicate, { identityId: phoneId }),
  joined(duplicate, sharedCommunity),
  joined(duplicate, duplicateOnlyCommunity),
];
const survivorEvents0: MemberEvent[] = [registered(survivor), identityLinked(survivor, { identityId: survivorPhoneId }), joined(survivor, sharedCommunity)];
const duplicateHistory = () => [...duplicateEvents0];
const survivorHistory = () => [...survivorEvents0];
const fold = (events: MemberEvent[]) => foldEvents(memberDecider, events);

function merged(mergeId = anId()) {
  const decision = decideMergeOfMembers(fold(duplicateHistory()), fold(survivorHistory()), { mergeId, reason: 'Same WeChat unionid', by: resolver });
  return { mergeId, duplicate: [...duplicateHistory(), ...decision.duplicateEvents], survivor: [...survivorHistory(), ...decision.survivorEvents] };
}

describe('memberDecider: merge and unmerge', () => {
  it('should plan to move every identity and the memberships the survivor lacks', () => {
    expect(planMerge(fold(duplicateHistory()), fold(survivorHistory()))).toEqual({
      identityIds: [openidId, phoneId],
      communityIds: [duplicateOnlyCommunity],
    });
  });

  it('should move the planned facts to the survivor and freeze the duplicate', () => {
    const { mergeId, duplicate: duplicateEvents, survivor: survivorEvents } = merged();
    expectContractValid([...duplicateEvents, ...survivorEvents]);
    const survivorState = fold(survivorEvents);
    expect(Object.keys(survivorState.identities).sort()).toEqual([openidId, phoneId, survivorPhoneId].sort());
    expect(survivorState.identities[openidId]!.mergedVia).toEqual([mergeId]);
    expect(survivorState.absorbed[mergeId]).toEqual({ absorbedMemberId: duplicate.memberId, absorbedKeyId: duplicate.keyId });
    const duplicateState = fold(duplicateEvents);
    expect(duplicateState.status).toBe('merged');
    expect(Object.keys(duplicateState.memberships)).toEqual([sharedCommunity]);
    spec.given(duplicateEvents).when({ type: 'JoinCommunity', ...aJoinTarget(), by: operator }).thenThrows(MemberDomainError, 'MEMBER_MERGED');
  });

  it('should restore both members exactly, keeping what changed on the survivor since', () => {
    const { mergeId, duplicate: duplicateEvents, survivor: survivorEvents } = merged();
    const verifiedAt = '2025-05-01T00:00:00.000Z';
    const verifiedOnSurvivor = domainEvent(MemberIdentityVerifiedV1, {
      memberId: survivor.memberId, identityId: phoneId, method: 'sms_code', verifiedAt, verifiedBy: resolver,
    });
    const survivorAfter = [...survivorEvents, verifiedOnSurvivor];
    const undo = decideUnmergeOfMembers(fold(survivorAfter), fold(duplicateEvents), { mergeId, reason: 'Different people', by: operator });
    expectContractValid([...undo.survivorEvents, ...undo.duplicateEvents]);

    expect(fold([...survivorAfter, ...undo.survivorEvents])).toEqual(fold(survivorHistory()));
    const restored = fold([...duplicateEvents, ...undo.duplicateEvents]);
    const original = fold(duplicateHistory());
    expect(restored).toEqual({
      ...original,
      identities: { ...original.identities, [phoneId]: { ...original.identities[phoneId]!, verification: { method: 'sms_code', verifiedAt } } },
    });
  });

  it('should undo nested merges one at a time', () => {
    const first = merged();
    const third = aMemberRef();
    const thirdHistory = [registered(third), identityLinked(third)];
    const second = decideMergeOfMembers(fold(thirdHistory), fold(first.survivor), { mergeId: anId(), reason: 'Same phone', by: resolver });
    const survivorEvents = [...first.survivor, ...second.survivorEvents];
    const undoFirst = decideUnmergeOfMembers(fold(survivorEvents), fold(first.duplicate), { mergeId: first.mergeId, reason: 'Wrong', by: operator });
    expect(fold([...first.duplicate, ...undoFirst.duplicateEvents])).toEqual(fold(duplicateHistory()));
    expect(Object.keys(fold([...survivorEvents, ...undoFirst.survivorEvents]).identities)).toHaveLength(2);
  });

  describe('MergeInto', () => {
    const command = (overrides = {}) => ({
      type: 'MergeInto' as const, survivorMemberId: survivor.memberId, mergeId: anId(), plan: { identityIds: [phoneId], communityIds: [] }, reason: 'Same person', by: operator, ...overrides,
    });

    it('should record what moves', () => {
      const { mergeId } = command();
      spec
        .given(duplicateHistory())
        .when(command({ mergeId }))
        .then([
          domainEvent(MemberMergedIntoV1, {
            memberId: duplicate.memberId, survivorMemberId: survivor.memberId, mergeId, movedIdentityIds: [phoneId], movedCommunityIds: [], reason: 'Same person', mergedBy: operator,
          }),
        ]);
    });

    it.each([
      ['CANNOT_MERGE_WITH_SELF', command({ survivorMemberId: duplicate.memberId })],
      ['MERGE_PLAN_STALE', command({ plan: { identityIds: [anId()], communityIds: [] } })],
      ['MERGE_PLAN_STALE', command({ plan: { identityIds: [], communityIds: [anId()] } })],
      ['REASON_REQUIRED', command({ reason: '' })],
      ['ACTOR_NOT_ALLOWED', command({ by: theMember(duplicate.memberId) })],
    ])('should reject with %s', (code, rejected) => {
      spec.given(duplicateHistory()).when(rejected).thenThrows(MemberDomainError, code);
    });
  });

  describe('AbsorbMember', () => {
    const command = (overrides = {}) => ({
      type: 'AbsorbMember' as const, absorbedMemberId: duplicate.memberId, absorbedKeyId: duplicate.keyId, mergeId: anId(), identities: [], memberships: [], by: operator, ...overrides,
    });
    const { survivor: afterMerge, mergeId } = merged();
    const survivorState = fold(afterMerge);

    it.each([
      ['CANNOT_MERGE_WITH_SELF', command({ absorbedMemberId: survivor.memberId })],
      ['MERGE_PLAN_STALE', command({ mergeId })],
      ['MERGE_PLAN_STALE', command({ identities: [survivorState.identities[survivorPhoneId]] })],
      ['MERGE_PLAN_STALE', command({ memberships: [survivorState.memberships[sharedCommunity]] })],
      ['ACTOR_NOT_ALLOWED', command({ by: theMember(survivor.memberId) })],
    ])('should reject with %s', (code, rejected) => {
      spec.given(afterMerge).when(rejected).thenThrows(MemberDomainError, code);
    });
  });

  describe('Unmerge and RevertMerge', () => {
    const { duplicate: duplicateEvents, survivor: survivorEvents, mergeId } = merged();

    it('should reject an unknown merge', () => {
      spec.given(survivorEvents).when({ type: 'Unmerge', mergeId: anId(), reason: 'Wrong', by: operator }).thenThrows(MemberDomainError, 'MERGE_NOT_FOUND');
      spec
        .given(duplicateEvents)
        .when({ type: 'RevertMerge', survivorMemberId: survivor.memberId, mergeId: anId(), identities: [], memberships: [], reason: 'Wrong', by: operator })
        .thenThrows(MemberDomainError, 'MERGE_NOT_FOUND');
      expect(() =>
        decideUnmergeOfMembers(fold(survivorEvents), fold(duplicateHistory()), { mergeId, reason: 'Wrong', by: operator }),
      ).toThrow(expect.objectContaining({ code: 'MERGE_NOT_FOUND' }) as Error);
    });

    it('should leave undoing a merge to a person, with a reason', () => {
      spec.given(survivorEvents).when({ type: 'Unmerge', mergeId, reason: 'Wrong', by: resolver }).thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
      spec.given(survivorEvents).when({ type: 'Unmerge', mergeId, reason: ' ', by: operator }).thenThrows(MemberDomainError, 'REASON_REQUIRED');
      spec
        .given(duplicateEvents)
        .when({ type: 'RevertMerge', survivorMemberId: survivor.memberId, mergeId, identities: [], memberships: [], reason: 'Wrong', by: resolver })
        .thenThrows(MemberDomainError, 'ACTOR_NOT_ALLOWED');
    });

    it('should reject undoing a merge on a survivor that was merged away since', () => {
      const away = domainEvent(MemberMergedIntoV1, {
        memberId: survivor.memberId, survivorMemberId: anId(), mergeId: anId(), movedIdentityIds: [], movedCommunityIds: [], reason: 'x', mergedBy: operator,
      });
      spec.given([...survivorEvents, away]).when({ type: 'Unmerge', mergeId, reason: 'Wrong', by: operator }).thenThrows(MemberDomainError, 'MEMBER_MERGED');
    });
  });
});
