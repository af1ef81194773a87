import { registerEnumType } from '@nestjs/graphql';
import { communityStageSchema, communityStatusSchema, consentPurposeSchema, consentSourceSchema, identityKindSchema, memberLifecycleStageSchema, platformSchema } from '@groundswell/events';

// GraphQL enums mirror the event contracts' enums, so the API can never offer a value events can't carry.
const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const PlatformEnum = enumOf(platformSchema.options);
export const CommunityStatusEnum = enumOf(communityStatusSchema.options);
export const CommunityStageEnum = enumOf(communityStageSchema.options);
export const IdentityKindEnum = enumOf(identityKindSchema.options);
export const MembershipStatusEnum = enumOf(['active', 'left', 'removed', 'banned'] as const);
export const MemberStatusEnum = enumOf(['active', 'merged', 'erased'] as const);
export const ConsentPurposeEnum = enumOf(consentPurposeSchema.options);
export const ConsentSourceEnum = enumOf(consentSourceSchema.options);
export const LifecycleStageEnum = enumOf(memberLifecycleStageSchema.options);
export const ErasureBasisEnum = enumOf(['member_request', 'retention_expired', 'legal_obligation', 'account_closed'] as const);

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
