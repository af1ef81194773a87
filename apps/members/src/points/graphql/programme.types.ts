import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PointsExpiryKind {
  never = 'never',
  months_after_earning = 'months_after_earning',
  end_of_year = 'end_of_year',
}
registerEnumType(PointsExpiryKind, { name: 'PointsExpiryKind', description: 'When earned points expire' });

@ObjectType({ description: 'When points earned from now on expire.' })
export class PointsExpiryPolicyView {
  @Field(() => PointsExpiryKind)
  kind!: PointsExpiryKind;

  @Field(() => Int, { nullable: true, description: 'months_after_earning: months after earning' })
  months?: number;

  @Field(() => Int, { nullable: true, description: 'end_of_year: calendar years after the year of earning' })
  yearsAfter?: number;

  @Field(() => Int, { nullable: true, description: 'end_of_year: the tenant clock, e.g. 480 for China' })
  utcOffsetMinutes?: number;
}

@InputType()
export class PointsExpiryPolicyInput {
  @Field(() => PointsExpiryKind)
  kind!: PointsExpiryKind;

  @Field(() => Int, { nullable: true })
  months?: number;

  @Field(() => Int, { nullable: true })
  yearsAfter?: number;

  @Field(() => Int, { nullable: true, defaultValue: 480 })
  utcOffsetMinutes?: number;
}

@ObjectType({ description: 'A growth level and the lifetime growth value that reaches it.' })
export class GrowthLevel {
  @Field()
  level!: string;

  @Field(() => Int)
  minGrowth!: number;
}

@InputType()
export class GrowthLevelInput {
  @Field()
  level!: string;

  @Field(() => Int, { description: 'Growth value (points earned lifetime plus adjustments) that reaches it; the first level starts at 0' })
  minGrowth!: number;
}

@ObjectType({ description: 'A badge the tenant defined.' })
export class BadgeDefinition {
  @Field(() => ID, { description: 'Key, e.g. `early-bird`' })
  badgeId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@InputType()
export class DefineBadgeInput {
  @Field(() => ID, { description: '1–100 of [a-z0-9_-]' })
  badgeId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string;
}

@ObjectType({ description: 'The tenant\'s points programme: expiry, growth levels and badges.' })
export class PointsProgramme {
  @Field(() => PointsExpiryPolicyView)
  expiryPolicy!: PointsExpiryPolicyView;

  @Field(() => Int, { nullable: true, description: 'Version of the level table; null before levels are defined' })
  levelTableVersion!: number | null;

  @Field(() => [GrowthLevel])
  levels!: GrowthLevel[];

  @Field(() => [BadgeDefinition])
  badges!: BadgeDefinition[];
}

@ObjectType({ description: 'A badge a member holds.' })
export class MemberBadge {
  @Field(() => ID)
  badgeId!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  awardedAt!: Date;
}
