import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import type { ContentFormat, ContentPlatform, ContentStatus, ContentType, RiskTier } from '../content-item.values';
import { ContentFormatEnum, ContentPlatformEnum, ContentStatusEnum, ContentTypeEnum, MediaKindEnum, MediaSourceEnum, PlatformNativeKindEnum, ReviewDecisionEnum, ReviewPhaseEnum, RiskTierEnum, TeamRoleEnum } from './content-item-enums';
import { Community } from './federation-references.types';

@ObjectType()
@InputType('MediaAssetInput')
export class MediaAsset {
  @Field(() => ID, { description: 'Unique within the item; variants refer to it' })
  assetId!: string;

  @Field(() => MediaKindEnum)
  kind!: 'image' | 'video' | 'audio' | 'document';

  @Field({ description: 'http(s) URL' })
  url!: string;

  @Field(() => MediaSourceEnum)
  source!: 'own' | 'licensed' | 'member_ugc' | 'public_domain' | 'partner';

  @Field({ description: 'The licence or permission it is used under (CNT-64)' })
  licence!: string;

  @Field(() => String, { nullable: true })
  attribution?: string | null;
}

@ObjectType()
@InputType('TeamMemberInput')
export class TeamMember {
  @Field(() => TeamRoleEnum)
  role!: 'planner' | 'creative' | 'copywriter' | 'designer';

  @Field({ description: 'The operator\'s subject' })
  subject!: string;
}

@ObjectType()
@InputType('PlatformNativeInput')
export class PlatformNative {
  @Field(() => PlatformNativeKindEnum)
  kind!: 'weibo_hashtag' | 'douyin_challenge' | 'xiaohongshu_topic' | 'other';

  @Field({ description: 'The hashtag or challenge, e.g. #春节回家#' })
  name!: string;
}

@ObjectType()
export class StyleFlag {
  @Field()
  ruleId!: string;

  @Field()
  message!: string;
}

@ObjectType({ description: 'The item as posted on one platform (CNT-37)' })
export class ContentVariant {
  @Field(() => ContentPlatformEnum)
  platform!: ContentPlatform;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field()
  text!: string;

  @Field(() => [ID])
  mediaAssetIds!: string[];

  @Field(() => [String])
  hashtags!: string[];

  @Field(() => [StyleFlag], { description: 'The tenant\'s tone rules this variant breaks (CNT-38)' })
  styleFlags!: StyleFlag[];

  @Field(() => String, { nullable: true, description: 'The platform\'s post id, once a connector confirmed it' })
  platformPostId!: string | null;

  @Field(() => String, { nullable: true })
  postUrl!: string | null;
}

@ObjectType()
@InputType('ReviewChecklistInput')
export class ReviewChecklist {
  @Field()
  quality!: boolean;

  @Field()
  accuracy!: boolean;

  @Field()
  compliance!: boolean;

  @Field()
  brandFit!: boolean;
}

@ObjectType({ description: 'One review round (CNT-21…24)' })
export class ContentReview {
  @Field(() => Int)
  submission!: number;

  @Field(() => Int)
  round!: number;

  @Field(() => ReviewPhaseEnum)
  phase!: 'pre_publication' | 'post_publication';

  @Field(() => ReviewDecisionEnum)
  decision!: 'approve' | 'reject';

  @Field(() => ReviewChecklist)
  checklist!: ReviewChecklist;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field()
  reviewedBy!: string;

  @Field()
  reviewedAt!: Date;
}

@ObjectType({ description: 'A content item: what the team posts, its variants per platform, and where it is in review and publishing.' })
@Directive('@key(fields: "id")')
export class ContentItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ContentTypeEnum)
  contentType!: ContentType;

  @Field(() => ContentFormatEnum)
  format!: ContentFormat;

  @Field(() => PlatformNative, { nullable: true })
  platformNative!: PlatformNative | null;

  @Field(() => ContentStatusEnum)
  status!: ContentStatus;

  @Field()
  title!: string;

  @Field({ description: 'Sanitised HTML (a small allowlist of tags)' })
  body!: string;

  @Field({ description: 'The body as plain text' })
  bodyText!: string;

  @Field(() => [MediaAsset])
  media!: MediaAsset[];

  @Field(() => [String])
  topics!: string[];

  @Field(() => String, { nullable: true })
  brandTopic!: string | null;

  @Field(() => [Community], { description: 'The target communities' })
  communities!: Community[];

  @Field(() => RiskTierEnum)
  riskTier!: RiskTier;

  @Field(() => [TeamMember])
  team!: TeamMember[];

  @Field(() => ID, { nullable: true, description: 'The campaign the item promotes (CMP-31)' })
  campaignId!: string | null;

  @Field(() => Int, { description: 'Approval rounds the current submission needs, moderation rounds included' })
  roundsRequired!: number;

  @Field(() => Int, { description: 'Rounds approved so far in the current submission' })
  roundsApproved!: number;

  @Field({ description: 'Moderation blocked a variant of the current submission' })
  screeningBlocked!: boolean;

  @Field(() => Date, { nullable: true })
  publishAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field({ description: 'Published by the emergency fast track (CNT-26)' })
  fastTrack!: boolean;

  @Field({ description: 'A fast-tracked item still waiting for its mandatory review' })
  postReviewDue!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  createdBy!: string;

  @Field()
  updatedAt!: Date;

  @Field()
  updatedBy!: string;
}

export const ContentItemConnection = connectionOf(ContentItem, 'ContentItem');

export const ContentItemPayload = payloadOf('ContentItemPayload', 'contentItem', ContentItem);
export type ContentItemPayload = Payload<'contentItem', ContentItem>;

@InputType()
export class ContentItemFilterInput {
  @Field(() => String, { nullable: true, description: 'A substring of the title or body; Chinese works' })
  search?: string | null;

  @Field(() => ContentTypeEnum, { nullable: true })
  contentType?: ContentType | null;

  @Field(() => ContentStatusEnum, { nullable: true })
  status?: ContentStatus | null;

  @Field(() => ID, { nullable: true })
  communityId?: string | null;

  @Field(() => ContentPlatformEnum, { nullable: true })
  platform?: ContentPlatform | null;

  @Field(() => Date, { nullable: true, description: 'On or after, by the date it was published, else scheduled, else created' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before' })
  to?: Date | null;
}
