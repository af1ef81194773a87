import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConsentPurposeEnum, LifecycleStageEnum } from '../../graphql/enums';

@ObjectType({ description: 'Members of one community who meet every criterion given; an absent criterion matches everyone.' })
export class SegmentFilter {
  @Field(() => ID)
  communityId!: string;

  @Field(() => [LifecycleStageEnum], { nullable: true, description: 'At one of these lifecycle stages' })
  stages?: string[];

  @Field(() => [String], { nullable: true, description: 'Carrying all of these tags (by key)' })
  tagKeys?: string[];

  @Field(() => Int, { nullable: true, description: 'A points balance of at least this' })
  minPoints?: number;

  @Field(() => Int, { nullable: true, description: 'Active in the community within this many days' })
  activeWithinDays?: number;

  @Field(() => ConsentPurposeEnum, { nullable: true, description: 'Has granted this consent' })
  consentPurpose?: string;
}

@InputType()
export class SegmentFilterInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => [LifecycleStageEnum], { nullable: true })
  stages?: string[];

  @Field(() => [String], { nullable: true })
  tagKeys?: string[];

  @Field(() => Int, { nullable: true })
  minPoints?: number;

  @Field(() => Int, { nullable: true, description: '1–3650' })
  activeWithinDays?: number;

  @Field(() => ConsentPurposeEnum, { nullable: true })
  consentPurpose?: string;
}

@InputType()
export class CreateSegmentInput {
  @Field()
  name!: string;

  @Field(() => SegmentFilterInput)
  filter!: SegmentFilterInput;
}

@ObjectType({ description: 'A saved dynamic segment; members enter and leave it as the events about them arrive.' })
export class Segment {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => SegmentFilter)
  filter!: SegmentFilter;

  @Field()
  createdAt!: Date;
}
