import type { Decider } from '@groundswell/event-store';
import { decideErasure } from '../consent-and-erasure/decide-erasure';
import { decideIdentity } from './decide-identity';
import { decideLifecycle } from '../lifecycle/decide-lifecycle';
import { decideMembership } from './decide-membership';
import { decideMerge } from '../merge/decide-merge';
import { decideModerationSanction } from '../moderation-sanctions/decide-moderation-sanction';
import { decideProfileAndConsent } from './decide-profile-and-consent';
import { decideRegistration } from './decide-registration';
import type { MemberCommand } from './member.commands';
import { requireSelfWhenMember } from './member-guards';
import { evolveMember } from './member.evolve';
import { initialMemberState, type MemberEvent, type MemberState } from './member.state';

/**
 * One member of a tenant: identities, profile, consent, memberships across communities and their
 * lifecycle, merges and erasure. Personal values arrive encrypted; the decider never sees plaintext.
 */
export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: initialMemberState,
  evolve: evolveMember,
  decide(command, state) {
    requireSelfWhenMember(command.by, command.type === 'RegisterMember' ? command.memberId : state.memberId);
    switch (command.type) {
      case 'RegisterMember':
        return decideRegistration(command, state);
      case 'JoinCommunity':
      case 'LeaveCommunity':
      case 'RemoveFromCommunity':
      case 'LiftCommunityBan':
        return decideMembership(command, state);
      case 'LinkIdentity':
      case 'VerifyIdentity':
        return decideIdentity(command, state);
      case 'UpdateMemberProfile':
      case 'GrantConsent':
      case 'RevokeConsent':
        return decideProfileAndConsent(command, state);
      case 'MergeInto':
      case 'AbsorbMember':
      case 'Unmerge':
      case 'RevertMerge':
        return decideMerge(command, state);
      case 'EraseMember':
        return decideErasure(command, state);
      case 'ApplyModerationSanction':
      case 'LiftModerationSanction':
        return decideModerationSanction(command, state);
      default:
        return decideLifecycle(command, state);
    }
  },
};
