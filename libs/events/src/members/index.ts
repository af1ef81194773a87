import { BadgeAwardedV1 } from './badge-awarded.v1';
import { BadgeRevokedV1 } from './badge-revoked.v1';
import { CatalogueItemAddedV1 } from './catalogue-item-added.v1';
import { CatalogueItemRedeemedV1 } from './catalogue-item-redeemed.v1';
import { CatalogueItemRepricedV1 } from './catalogue-item-repriced.v1';
import { CatalogueItemRestockedV1 } from './catalogue-item-restocked.v1';
import { CatalogueItemWithdrawnV1 } from './catalogue-item-withdrawn.v1';
import { CommunityCreatedV1 } from './community-created.v1';
import { CommunityGoalsSetV1 } from './community-goals-set.v1';
import { CommunityProfileUpdatedV1 } from './community-profile-updated.v1';
import { CommunityStageChangedV1 } from './community-stage-changed.v1';
import { CommunityStatusChangedV1 } from './community-status-changed.v1';
import { GrowthLevelChangedV1 } from './growth-level-changed.v1';
import { MemberAbsorbedV1 } from './member-absorbed.v1';
import { MemberBanLiftedV1 } from './member-ban-lifted.v1';
import { MemberReinstatedV1 } from './member-reinstated.v1';
import { MemberChurnRiskConfirmedV1 } from './member-churn-risk-confirmed.v1';
import { MemberChurnRiskDismissedV1 } from './member-churn-risk-dismissed.v1';
import { MemberChurnRiskFlaggedV1 } from './member-churn-risk-flagged.v1';
import { MemberConsentGrantedV1 } from './member-consent-granted.v1';
import { MemberConsentRevokedV1 } from './member-consent-revoked.v1';
import { MemberErasedV1 } from './member-erased.v1';
import { MemberIdentityLinkedV1 } from './member-identity-linked.v1';
import { MemberIdentityVerifiedV1 } from './member-identity-verified.v1';
import { MemberJoinedV1 } from './member-joined.v1';
import { MemberJoinedV2 } from './member-joined.v2';
import { MemberLeftV1 } from './member-left.v1';
import { MemberLifecycleOverrideReleasedV1 } from './member-lifecycle-override-released.v1';
import { MemberLifecycleStageChangedV1 } from './member-lifecycle-stage-changed.v1';
import { MemberMergeRevertedV1 } from './member-merge-reverted.v1';
import { MemberMergedIntoV1 } from './member-merged-into.v1';
import { MemberProfileUpdatedV1 } from './member-profile-updated.v1';
import { MemberRegisteredV1 } from './member-registered.v1';
import { MemberTaggedV1 } from './member-tagged.v1';
import { MemberUnmergedV1 } from './member-unmerged.v1';
import { MemberUntaggedV1 } from './member-untagged.v1';
import { PointsAdjustedV1 } from './points-adjusted.v1';
import { PointsEarnedV1 } from './points-earned.v1';
import { PointsExpiredV1 } from './points-expired.v1';
import { PointsRedeemedV1 } from './points-redeemed.v1';
import { BadgeDefinedV1 } from './badge-defined.v1';
import { GrowthLevelsDefinedV1 } from './growth-levels-defined.v1';
import { LifecycleRulesDefinedV1 } from './lifecycle-rules-defined.v1';
import { MemberChurnRiskAssessedV1 } from './member-churn-risk-assessed.v1';
import { MemberChurnRiskReviewedV1 } from './member-churn-risk-reviewed.v1';
import { PointsExpiryPolicySetV1 } from './points-expiry-policy-set.v1';
import { TagDefinedV1 } from './tag-defined.v1';
import { TagRetiredV1 } from './tag-retired.v1';
import { TagRuleChangedV1 } from './tag-rule-changed.v1';
import { MemberEnteredSegmentV1, MemberLeftSegmentV1 } from './member-segment-membership.v1';

export { BadgeAwardedV1, BadgeRevokedV1, CatalogueItemAddedV1, CatalogueItemRedeemedV1, CatalogueItemRepricedV1, CatalogueItemRestockedV1, CatalogueItemWithdrawnV1, CommunityCreatedV1, CommunityGoalsSetV1, CommunityProfileUpdatedV1, CommunityStageChangedV1, CommunityStatusChangedV1, GrowthLevelChangedV1, MemberAbsorbedV1, MemberBanLiftedV1, MemberReinstatedV1, MemberChurnRiskConfirmedV1, MemberChurnRiskDismissedV1, MemberChurnRiskFlaggedV1, MemberConsentGrantedV1, MemberConsentRevokedV1, MemberErasedV1, MemberIdentityLinkedV1, MemberIdentityVerifiedV1, MemberJoinedV1, MemberJoinedV2, MemberLeftV1, MemberLifecycleOverrideReleasedV1, MemberLifecycleStageChangedV1, MemberMergeRevertedV1, MemberMergedIntoV1, MemberProfileUpdatedV1, MemberRegisteredV1, MemberTaggedV1, MemberUnmergedV1, MemberUntaggedV1, PointsAdjustedV1, PointsEarnedV1, PointsExpiredV1, PointsRedeemedV1, TagDefinedV1, TagRetiredV1, TagRuleChangedV1, BadgeDefinedV1, GrowthLevelsDefinedV1, LifecycleRulesDefinedV1, MemberChurnRiskAssessedV1, MemberChurnRiskReviewedV1, PointsExpiryPolicySetV1, MemberEnteredSegmentV1, MemberLeftSegmentV1 };
export * from './actor';
export * from './community-profile';
export * from './consent';
export * from './demographics';
export * from './encrypted-field';
export * from './instant';
export * from './member-identity';
export * from './member-lifecycle-stage';
export * from './member-membership';
export * from './member-profile';
export * from './points';
export * from './tags';
export { churnRiskBandSchema, type ChurnRiskBand } from './member-churn-risk-assessed.v1';
export { pointsExpiryPolicySchema, type PointsExpiryPolicyData } from './points-expiry-policy-set.v1';
export { catalogueItemKindSchema, type CatalogueItemKind } from './catalogue-item-added.v1';
export { exitReasonSchema, type ExitReason } from './member-left.v1';
export { platformSchema, type Platform } from './platform';

/** Every event of the members service, every version: communities, members, points, catalogue, tags. */
export const memberEvents = [
  MemberJoinedV1,
  MemberJoinedV2,
  MemberLeftV1,
  CommunityCreatedV1,
  CommunityProfileUpdatedV1,
  CommunityStageChangedV1,
  CommunityStatusChangedV1,
  CommunityGoalsSetV1,
  MemberRegisteredV1,
  MemberBanLiftedV1,
  MemberReinstatedV1,
  MemberIdentityLinkedV1,
  MemberIdentityVerifiedV1,
  MemberProfileUpdatedV1,
  MemberConsentGrantedV1,
  MemberConsentRevokedV1,
  MemberMergedIntoV1,
  MemberAbsorbedV1,
  MemberUnmergedV1,
  MemberMergeRevertedV1,
  MemberErasedV1,
  MemberLifecycleStageChangedV1,
  MemberLifecycleOverrideReleasedV1,
  MemberChurnRiskFlaggedV1,
  MemberChurnRiskConfirmedV1,
  MemberChurnRiskDismissedV1,
  PointsEarnedV1,
  PointsRedeemedV1,
  PointsExpiredV1,
  PointsAdjustedV1,
  GrowthLevelChangedV1,
  BadgeAwardedV1,
  BadgeRevokedV1,
  CatalogueItemAddedV1,
  CatalogueItemRestockedV1,
  CatalogueItemRepricedV1,
  CatalogueItemWithdrawnV1,
  CatalogueItemRedeemedV1,
  TagDefinedV1,
  TagRuleChangedV1,
  TagRetiredV1,
  MemberTaggedV1,
  MemberUntaggedV1,
  BadgeDefinedV1,
  GrowthLevelsDefinedV1,
  LifecycleRulesDefinedV1,
  MemberChurnRiskAssessedV1,
  MemberChurnRiskReviewedV1,
  PointsExpiryPolicySetV1,
  MemberEnteredSegmentV1,
  MemberLeftSegmentV1,
] as const;
