import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { ContentFormat, ContentPlatform, ContentType, RiskTier } from '../content-item.values';
import { ContentFormatEnum, ContentPlatformEnum, ContentTypeEnum, ReviewDecisionEnum, RiskTierEnum, StyleRuleKindEnum } from './content-item-enums';
import { MediaAsset, PlatformNative, ReviewChecklist, TeamMember } from './content-item.types';

@InputType({ description: 'What an author writes; the body is HTML, sanitised to a small allowlist on input' })
export class ContentItemContentInput {
  @Field(() => ContentTypeEnum)
  contentType!: ContentType;

  @Field(() => ContentFormatEnum)
  format!: ContentFormat;

  @Field(() => PlatformNative, { nullable: true, description: 'Required for the platform_native format' })
  platformNative?: PlatformNative | null;

  @Field({ description: '1–200 characters' })
  title!: string;

  @Field({ description: 'HTML; scripts, styles, images and event handlers are removed' })
  body!: string;

  @Field(() => [MediaAsset], { description: 'At most 50, each with its source and licence' })
  media!: MediaAsset[];

  @Field(() => [String], { description: 'At most 20' })
  topics!: string[];

  @Field(() => String, { nullable: true })
  brandTopic?: string | null;

  @Field(() => [ID], { description: '1–50 target communities' })
  communityIds!: string[];

  @Field(() => RiskTierEnum)
  riskTier!: RiskTier;

  @Field(() => [TeamMember])
  team!: TeamMember[];

  @Field(() => ID, { nullable: true, description: 'The campaign the item promotes (CMP-31); members\' clicks on it count toward that campaign\'s conversions' })
  campaignId?: string | null;
}

@InputType()
export class ReviseContentItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ContentItemContentInput)
  content!: ContentItemContentInput;
}

@InputType({ description: 'The item as posted on one platform; checked against the platform\'s limits' })
export class SetContentVariantInput {
  @Field(() => ID)
  contentItemId!: string;

  @Field(() => ContentPlatformEnum)
  platform!: ContentPlatform;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field()
  text!: string;

  @Field(() => [ID], { description: 'Asset ids of the item, in posting order' })
  mediaAssetIds!: string[];

  @Field(() => [String], { description: 'In the platform\'s form: #话题# on Weibo, #话题 elsewhere' })
  hashtags!: string[];
}

@InputType()
export class ReviewContentItemInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewDecisionEnum)
  decision!: 'approve' | 'reject';

  @Field(() => ReviewChecklist, { description: 'All four axes must pass to approve (CNT-24)' })
  checklist!: ReviewChecklist;

  @Field(() => String, { nullable: true, description: 'Required when rejecting' })
  comment?: string | null;
}

@InputType()
export class ScheduleContentItemInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When the scheduler publishes it' })
  publishAt!: Date;
}

@InputType()
export class FastTrackContentItemInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Why it cannot wait for review (1–500 characters); audited' })
  reason!: string;
}

@ObjectType()
@InputType('StyleRuleInput')
export class StyleRule {
  @Field(() => ID)
  ruleId!: string;

  @Field(() => StyleRuleKindEnum)
  kind!: 'forbidden_phrase' | 'required_phrase' | 'max_exclamation_marks';

  @Field(() => String, { nullable: true, description: 'For forbidden_phrase and required_phrase' })
  phrase?: string | null;

  @Field(() => Int, { nullable: true, description: 'For max_exclamation_marks' })
  max?: number | null;

  @Field({ description: 'What the flag tells the author' })
  message!: string;

  @Field(() => [ContentPlatformEnum], { nullable: true, description: 'Only on these platforms; every platform when absent' })
  platforms?: ContentPlatform[] | null;
}

@ObjectType({ description: 'The tenant\'s tone rules, checked on every variant (CNT-23, CNT-38)' })
export class ContentStyleGuide {
  @Field(() => [StyleRule])
  rules!: StyleRule[];
}
