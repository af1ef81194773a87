import { registerEnumType } from '@nestjs/graphql';
import { graphqlEnum } from '@groundswell/service-kit';
import { contentFormats, contentPlatforms, contentStatuses, contentTypes, riskTiers } from '../content-item.values';

/** A GraphQL enum object from a value list, so the API can never offer a value the events can't carry. */

// Registered once for the whole content subgraph: other content features import these.
export const ContentTypeEnum = graphqlEnum(contentTypes);
export const ContentFormatEnum = graphqlEnum(contentFormats);
export const ContentPlatformEnum = graphqlEnum(contentPlatforms);
export const ContentStatusEnum = graphqlEnum(contentStatuses);
export const RiskTierEnum = graphqlEnum(riskTiers);
export const TeamRoleEnum = graphqlEnum(['planner', 'creative', 'copywriter', 'designer'] as const);
export const MediaKindEnum = graphqlEnum(['image', 'video', 'audio', 'document'] as const);
export const MediaSourceEnum = graphqlEnum(['own', 'licensed', 'member_ugc', 'public_domain', 'partner'] as const);
export const PlatformNativeKindEnum = graphqlEnum(['weibo_hashtag', 'douyin_challenge', 'xiaohongshu_topic', 'other'] as const);
export const ReviewDecisionEnum = graphqlEnum(['approve', 'reject'] as const);
export const ReviewPhaseEnum = graphqlEnum(['pre_publication', 'post_publication'] as const);
export const StyleRuleKindEnum = graphqlEnum(['forbidden_phrase', 'required_phrase', 'max_exclamation_marks'] as const);

registerEnumType(ContentTypeEnum, { name: 'ContentType', description: 'CNT-01…08' });
registerEnumType(ContentFormatEnum, { name: 'ContentFormat', description: 'CNT-09…15' });
registerEnumType(ContentPlatformEnum, { name: 'ContentPlatform', description: 'Where a variant is posted' });
registerEnumType(ContentStatusEnum, { name: 'ContentStatus', description: 'draft → in_review (round n of m) → approved → scheduled → published → archived; rejected goes back to its author' });
registerEnumType(RiskTierEnum, { name: 'ContentRiskTier', description: 'ordinary: one approval; brand_sensitive and advertising: two rounds by different approvers (CNT-22)' });
registerEnumType(TeamRoleEnum, { name: 'ContentTeamRole', description: 'CNT-20' });
registerEnumType(MediaKindEnum, { name: 'MediaKind' });
registerEnumType(MediaSourceEnum, { name: 'MediaSource', description: 'CNT-64: where an asset comes from' });
registerEnumType(PlatformNativeKindEnum, { name: 'PlatformNativeKind' });
registerEnumType(ReviewDecisionEnum, { name: 'ContentReviewDecision' });
registerEnumType(ReviewPhaseEnum, { name: 'ContentReviewPhase', description: 'post_publication: the mandatory review after a fast track' });
registerEnumType(StyleRuleKindEnum, { name: 'StyleRuleKind' });
