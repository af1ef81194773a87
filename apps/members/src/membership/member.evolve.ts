import { MemberAbsorbedV1, MemberErasedV1, MemberIdentityLinkedV1, MemberIdentityVerifiedV1, MemberJoinedV1, MemberJoinedV2, MemberMergedIntoV1, MemberMergeRevertedV1, MemberProfileUpdatedV1, MemberRegisteredV1, MemberUnmergedV1, type DataOf, type IdentitySnapshot, type MembershipSnapshot } from '@groundswell/events';
import { evolveMembership } from './membership.evolve';
import type { MemberEvent, MemberState } from './member.state';

export function evolveMember(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case MemberRegisteredV1.type:
      return { ...state, status: 'active', memberId: event.data.memberId, keyId: event.data.keyId };
    case MemberJoinedV1.type:
      return evolveMember(state, { type: MemberJoinedV2.type, data: upcastJoined(event.data) });
    case MemberIdentityLinkedV1.type: {
      const identity = { ...event.data.identity, mergedVia: [] };
      return { ...state, identities: { ...state.identities, [identity.identityId]: identity } };
    }
    case MemberIdentityVerifiedV1.type: {
      const identity = state.identities[event.data.identityId];
      if (!identity) return state;
      const verification = { method: event.data.method, verifiedAt: event.data.verifiedAt };
      return { ...state, identities: { ...state.identities, [identity.identityId]: { ...identity, verification } } };
    }
    case MemberProfileUpdatedV1.type: {
      const profile: Record<string, unknown> = { ...state.profile };
      for (const [field, value] of Object.entries(event.data.changes)) {
        if (value === null) delete profile[field];
        else if (value !== undefined) profile[field] = value;
      }
      return { ...state, profile };
    }
    case MemberMergedIntoV1.type: {
      const { survivorMemberId, mergeId, movedIdentityIds: identityIds, movedCommunityIds: communityIds } = event.data;
      return {
        ...state,
        status: 'merged',
        identities: without(state.identities, identityIds),
        memberships: without(state.memberships, communityIds),
        mergedInto: { survivorMemberId, mergeId, identityIds, communityIds },
      };
    }
    case MemberAbsorbedV1.type: {
      const { mergeId, absorbedMemberId, absorbedKeyId } = event.data;
      const moved = <T extends { mergedVia: string[] }>(fact: T): T => ({ ...fact, mergedVia: [...fact.mergedVia, mergeId] });
      return {
        ...state,
        identities: { ...state.identities, ...byKey(event.data.identities.map(moved), 'identityId') },
        memberships: { ...state.memberships, ...byKey(event.data.memberships.map(moved), 'communityId') },
        absorbed: { ...state.absorbed, [mergeId]: { absorbedMemberId, absorbedKeyId } },
      };
    }
    case MemberUnmergedV1.type: {
      const { [event.data.mergeId]: _undone, ...absorbed } = state.absorbed;
      return {
        ...state,
        identities: without(state.identities, event.data.identities.map((identity) => identity.identityId)),
        memberships: without(state.memberships, event.data.memberships.map((membership) => membership.communityId)),
        absorbed,
      };
    }
    case MemberMergeRevertedV1.type: {
      const { mergedInto: _undone, ...rest } = state;
      return {
        ...rest,
        status: 'active',
        identities: { ...state.identities, ...byKey<IdentitySnapshot>(event.data.identities, 'identityId') },
        memberships: { ...state.memberships, ...byKey<MembershipSnapshot>(event.data.memberships, 'communityId') },
      };
    }
    case MemberErasedV1.type:
      // Memberships are not personal data: they stay, so community KPIs keep counting the member.
      return { ...state, status: 'erased', identities: {}, profile: {}, consents: {} };
    default:
      return evolveMembership(state, event);
  }
}

function upcastJoined(data: DataOf<typeof MemberJoinedV1>): DataOf<typeof MemberJoinedV2> {
  return MemberJoinedV2.upcastFrom!.upcast(data);
}

function without<T>(record: Record<string, T>, keys: readonly string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key)));
}

function byKey<T>(facts: readonly T[], key: keyof T): Record<string, T> {
  return Object.fromEntries(facts.map((fact) => [String(fact[key]), fact]));
}
