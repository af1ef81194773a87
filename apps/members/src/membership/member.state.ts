import type { ConsentPurpose, ConsentSource, EncryptedField, IdentitySnapshot, MemberAbsorbedV1, MemberBanLiftedV1, MemberChurnRiskConfirmedV1, MemberChurnRiskDismissedV1, MemberChurnRiskFlaggedV1, MemberConsentGrantedV1, MemberConsentRevokedV1, MemberErasedV1, MemberIdentityLinkedV1, MemberIdentityVerifiedV1, MemberJoinedV1, MemberJoinedV2, MemberLeftV1, MemberLifecycleOverrideReleasedV1, MemberLifecycleStageChangedV1, MemberMergedIntoV1, MemberMergeRevertedV1, MemberProfileField, MemberProfileUpdatedV1, MemberRegisteredV1, MemberReinstatedV1, MembershipSnapshot, MemberUnmergedV1 } from '@groundswell/events';
import type { DomainEventOf } from '../shared/domain-event';

export type MemberEvent = DomainEventOf<
  | typeof MemberRegisteredV1
  | typeof MemberJoinedV1
  | typeof MemberJoinedV2
  | typeof MemberLeftV1
  | typeof MemberBanLiftedV1
  | typeof MemberReinstatedV1
  | typeof MemberIdentityLinkedV1
  | typeof MemberIdentityVerifiedV1
  | typeof MemberProfileUpdatedV1
  | typeof MemberConsentGrantedV1
  | typeof MemberConsentRevokedV1
  | typeof MemberMergedIntoV1
  | typeof MemberAbsorbedV1
  | typeof MemberUnmergedV1
  | typeof MemberMergeRevertedV1
  | typeof MemberErasedV1
  | typeof MemberLifecycleStageChangedV1
  | typeof MemberLifecycleOverrideReleasedV1
  | typeof MemberChurnRiskFlaggedV1
  | typeof MemberChurnRiskConfirmedV1
  | typeof MemberChurnRiskDismissedV1
>;

export interface ConsentRecord {
  granted: boolean;
  decidedAt: string;
  source: ConsentSource;
  policyVersion: string;
}

export interface MemberState {
  /** `merged`: frozen, its facts live on in the survivor; `erased`: its personal data is gone. */
  status: 'unregistered' | 'active' | 'merged' | 'erased';
  memberId: string;
  keyId: string;
  identities: Record<string, IdentitySnapshot>;
  /** By community id; a membership that ended stays, with its status. */
  memberships: Record<string, MembershipSnapshot>;
  profile: Partial<Record<MemberProfileField, EncryptedField>>;
  consents: Partial<Record<ConsentPurpose, ConsentRecord>>;
  mergedInto?: { survivorMemberId: string; mergeId: string; identityIds: string[]; communityIds: string[] };
  /** Merges this member absorbed, by merge id. */
  absorbed: Record<string, { absorbedMemberId: string; absorbedKeyId: string }>;
  /** Communities each moderation sanction took the member out of, by sanction id: what lifting it gives back. */
  sanctionRemovals: Record<string, string[]>;
}

export const initialMemberState = (): MemberState => ({
  status: 'unregistered',
  memberId: '',
  keyId: '',
  identities: {},
  memberships: {},
  profile: {},
  consents: {},
  absorbed: {},
  sanctionRemovals: {},
});
