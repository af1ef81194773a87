import { Field, ID, InputType, Int, ObjectType, PartialType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';
import { ConsentPurposeEnum, LifecycleStageEnum } from '../../shared/graphql-enums';

@ObjectType({ description: 'Profile criteria: each list given must hold the member\'s value (interests: any one of them).' })
export class SegmentProfileFilter {
  @Field(() => [String], { nullable: true, description: 'Age bands, e.g. 25_34' })
  ageBands?: string[];

  @Field(() => [String], { nullable: true, description: 'female, male, other, undisclosed' })
  genders?: string[];

  @Field(() => [String], { nullable: true })
  regions?: string[];

  @Field(() => [String], { nullable: true, description: 'Sharing any of these interests' })
  interests?: string[];
}

@InputType()
export class SegmentProfileFilterInput {
  @Field(() => [String], { nullable: true })
  ageBands?: string[];

  @Field(() => [String], { nullable: true })
  genders?: string[];

  @Field(() => [String], { nullable: true, description: 'Up to 50' })
  regions?: string[];

  @Field(() => [String], { nullable: true, description: 'Up to 50' })
  interests?: string[];
}

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

  @Field(() => SegmentProfileFilter, { nullable: true, description: 'What the member\'s profile says' })
  profile?: SegmentProfileFilter;
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

  @Field(() => SegmentProfileFilterInput, { nullable: true })
  profile?: SegmentProfileFilterInput;
}

@InputType()
export class CreateSegmentInput {
  @Field()
  name!: string;

  @Field(() => SegmentFilterInput)
  filter!: SegmentFilterInput;
}

@InputType({ description: 'Only what is given changes; a new filter re-evaluates every member of its community at once.' })
export class UpdateSegmentInput extends PartialType(CreateSegmentInput) {}

@ObjectType()
export class DeleteSegmentPayload {
  @Field(() => ID)
  segmentId!: string;

  @Field(() => Int, { description: 'Members who left the segment with it' })
  left!: number;
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

export const SegmentConnection = connectionOf(Segment, 'Segment');
