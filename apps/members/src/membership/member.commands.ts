import type { Acquisition, Actor, CommunityStatus, ConsentPurpose, ConsentSource, EncryptedField, ExitReason, IdentityKind, IdentitySnapshot, MemberLifecycleStage, MemberProfileChanges, MembershipSnapshot, Platform, SanctionKind, VerificationMethod } from '@groundswell/events';
import type { ActivitySummary, LifecycleRuleSet } from '../lifecycle/lifecycle-rule-set';

/** An identity already normalised, looked up (its id) and encrypted by the use case. */
export interface IdentityToLink {
  identityId: string;
  kind: IdentityKind;
  scope?: string;
  value: EncryptedField;
  verified?: { method: VerificationMethod; at: Date };
}

/** The community as the use case read it: the member decider can't load another stream. */
export interface JoinTarget {
  community: { communityId: string; platform: Platform; status: CommunityStatus };
  acquisition: Acquisition;
}

export interface ConsentDecision {
  purpose: ConsentPurpose;
  source: ConsentSource;
  policyVersion: string;
  at: Date;
}

export interface MergePlan {
  identityIds: string[];
  communityIds: string[];
}

export type MemberCommand = { by: Actor } & (
  | { type: 'RegisterMember'; memberId: string; keyId: string; identities: IdentityToLink[]; profile?: MemberProfileChanges; join?: JoinTarget }
  | ({ type: 'JoinCommunity' } & JoinTarget)
  | { type: 'LeaveCommunity'; communityId: string; accountClosed?: boolean; exitReason?: ExitReason }
  | { type: 'RemoveFromCommunity'; communityId: string; ban: boolean; sanctionId?: string }
  | { type: 'LiftCommunityBan'; communityId: string; reason: string }
  | { type: 'ApplyModerationSanction'; sanctionId: string; kind: SanctionKind; communityId?: string }
  | { type: 'LiftModerationSanction'; sanctionId: string; reason: string }
  | { type: 'LinkIdentity'; identity: IdentityToLink }
  | { type: 'VerifyIdentity'; identityId: string; method: VerificationMethod; at: Date }
  | { type: 'UpdateMemberProfile'; changes: MemberProfileChanges }
  | ({ type: 'GrantConsent' } & ConsentDecision)
  | ({ type: 'RevokeConsent' } & ConsentDecision)
  | { type: 'MergeInto'; survivorMemberId: string; mergeId: string; plan: MergePlan; reason: string }
  | {
      type: 'AbsorbMember';
      absorbedMemberId: string;
      absorbedKeyId: string;
      mergeId: string;
      identities: IdentitySnapshot[];
      memberships: MembershipSnapshot[];
    }
  | { type: 'Unmerge'; mergeId: string; reason: string }
  | {
      type: 'RevertMerge';
      survivorMemberId: string;
      mergeId: string;
      identities: IdentitySnapshot[];
      memberships: MembershipSnapshot[];
      reason: string;
    }
  | { type: 'EraseMember'; basis: 'member_request' | 'retention_expired' | 'legal_obligation' | 'account_closed' }
  | { type: 'EvaluateLifecycle'; communityId: string; activity: ActivitySummary; rules: LifecycleRuleSet; at: Date }
  | { type: 'OverrideLifecycleStage'; communityId: string; stage: MemberLifecycleStage; reason: string; until?: Date; at: Date }
  | { type: 'ReleaseLifecycleOverride'; communityId: string; at: Date }
  | { type: 'FlagChurnRisk'; communityId: string; score: number; modelVersion: string; at: Date }
  | { type: 'ConfirmChurnRisk'; communityId: string; at: Date }
  | {
      type: 'DismissChurnRisk';
      communityId: string;
      reason: 'false_positive' | 'seasonal_pause' | 'known_absence' | 'other';
      at: Date;
    }
);

export type MemberCommandOf<TType extends MemberCommand['type']> = Extract<MemberCommand, { type: TType }>;
