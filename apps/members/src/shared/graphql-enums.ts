import { registerEnumType } from '@nestjs/graphql';
import { graphqlEnum } from '@groundswell/service-kit';
import { communityStageSchema, communityStatusSchema, consentPurposeSchema, consentSourceSchema, identityKindSchema, memberLifecycleStageSchema, platformSchema } from '@groundswell/events';

// GraphQL enums mirror the event contracts' enums, so the API can never offer a value events can't carry.

export const PlatformEnum = graphqlEnum(platformSchema.options);
export const CommunityStatusEnum = graphqlEnum(communityStatusSchema.options);
export const CommunityStageEnum = graphqlEnum(communityStageSchema.options);
export const IdentityKindEnum = graphqlEnum(identityKindSchema.options);
export const MembershipStatusEnum = graphqlEnum(['active', 'left', 'removed', 'banned'] as const);
export const MemberStatusEnum = graphqlEnum(['active', 'merged', 'erased'] as const);
export const ConsentPurposeEnum = graphqlEnum(consentPurposeSchema.options);
export const ConsentSourceEnum = graphqlEnum(consentSourceSchema.options);
export const LifecycleStageEnum = graphqlEnum(memberLifecycleStageSchema.options);
export const ErasureBasisEnum = graphqlEnum(['member_request', 'retention_expired', 'legal_obligation', 'account_closed'] as const);

registerEnumType(PlatformEnum, { name: 'Platform', description: 'Where a community lives' });
registerEnumType(CommunityStatusEnum, { name: 'CommunityStatus' });
registerEnumType(CommunityStageEnum, { name: 'CommunityStage', description: 'build_up → deepening → expansion' });
registerEnumType(IdentityKindEnum, { name: 'IdentityKind' });
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus' });
registerEnumType(MemberStatusEnum, { name: 'MemberStatus', description: 'erased: personal data destroyed; the member still counts in aggregates' });
registerEnumType(ErasureBasisEnum, { name: 'ErasureBasis', description: 'Legal basis of an erasure (PIPL)' });
registerEnumType(ConsentPurposeEnum, { name: 'ConsentPurpose', description: 'What personal information may be used for (PIPL)' });
registerEnumType(ConsentSourceEnum, { name: 'ConsentSource', description: 'Where a consent decision was captured' });
registerEnumType(LifecycleStageEnum, { name: 'LifecycleStage' });
