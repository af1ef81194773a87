import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';
import { LifecycleStageEnum } from '../../shared/graphql-enums';
import { TagCategoryEnum, TagChangeEnum, TagModeEnum, TagSourceEnum } from './tag.enums';

@ObjectType({ description: 'The criteria of a rule-based tag: it holds while the member is at one of these stages in any community' })
export class TagRule {
  @Field(() => Int, { description: 'Every change of the rule is a new version' })
  version!: number;

  @Field(() => [LifecycleStageEnum])
  stages!: string[];
}

@ObjectType({ description: 'A tag of the tenant\'s vocabulary.' })
export class Tag {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable handle, used by tagMember and segment filters' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => TagCategoryEnum)
  category!: string;

  @Field(() => TagModeEnum)
  mode!: string;

  @Field(() => TagRule, { nullable: true })
  rule!: TagRule | null;

  @Field()
  retired!: boolean;

  @Field()
  definedAt!: Date;
}

export const TagConnection = connectionOf(Tag, 'Tag');

@ObjectType({ description: 'A tag a member carries now.' })
export class MemberTag {
  @Field(() => Tag)
  tag!: Tag;

  @Field(() => TagSourceEnum)
  source!: string;

  @Field()
  taggedAt!: Date;
}

@ObjectType({ description: 'One change of a member\'s tags, from their member-tags stream.' })
export class MemberTagChange {
  @Field(() => Tag)
  tag!: Tag;

  @Field(() => TagChangeEnum)
  change!: string;

  @Field(() => TagSourceEnum)
  source!: string;

  @Field(() => Int, { nullable: true, description: 'The rule version that decided, when the rule did' })
  ruleVersion!: number | null;

  @Field()
  changedAt!: Date;
}

@InputType()
export class TagRuleInput {
  @Field(() => [LifecycleStageEnum], { description: 'The tag holds while the member is at one of these stages in any community' })
  stages!: string[];
}

@InputType()
export class DefineTagInput {
  @Field({ description: '1–50 characters of [a-z0-9_-], unique in the tenant' })
  key!: string;

  @Field()
  name!: string;

  @Field(() => TagModeEnum)
  mode!: string;

  @Field(() => TagCategoryEnum, { nullable: true, description: 'Default: custom' })
  category?: string;

  @Field(() => TagRuleInput, { nullable: true, description: 'Required for rule-based tags, absent for manual ones' })
  rule?: TagRuleInput;
}
