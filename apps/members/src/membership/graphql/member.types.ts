import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';
import type { MemberRow } from '../member-queries';
import { Community } from '../../communities/graphql/community.types';
import { LifecycleStageEnum, IdentityKindEnum, MembershipStatusEnum, MemberStatusEnum } from '../../shared/graphql-enums';

@ObjectType({ description: 'An identifier of the member on a platform. `value` is personal data.' })
export class MemberIdentity {
  @Field(() => ID)
  id!: string;

  @Field(() => IdentityKindEnum)
  kind!: string;

  @Field(() => String, { nullable: true })
  scope!: string | null;

  @Field()
  verified!: boolean;

  @Field(() => String, { nullable: true, description: 'Requires members:read-personal; null once the member is erased' })
  value!: string | null;
}

@ObjectType()
export class Membership {
  @Field(() => Community)
  community!: Community;

  @Field(() => MembershipStatusEnum)
  status!: string;

  @Field(() => LifecycleStageEnum, { description: 'new → active → core → koc; dormant, churned' })
  stage!: string;

  @Field({ description: 'Acquisition channel' })
  channel!: string;

  @Field()
  joinedAt!: Date;

  @Field(() => Date, { nullable: true })
  leftAt!: Date | null;
}

@ObjectType({ description: 'A person in the tenant\'s communities, across every platform.' })
@Directive('@key(fields: "id")')
export class Member {
  @Field(() => ID)
  id!: string;

  @Field(() => MemberStatusEnum)
  status!: string;

  @Field()
  registeredAt!: Date;

  @Field(() => String, { nullable: true, description: 'Requires members:read-personal; null once the member is erased' })
  displayName!: string | null;
}

export const MemberConnection = connectionOf(Member, 'Member');

@InputType()
export class IdentityInput {
  @Field(() => IdentityKindEnum)
  kind!: string;

  @Field(() => String, { nullable: true, description: 'App or corp id, required for openids and WeCom external user ids' })
  scope?: string;

  @Field()
  value!: string;
}

@InputType()
export class JoinCommunityInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => [IdentityInput])
  identities!: IdentityInput[];

  @Field(() => String, { nullable: true })
  displayName?: string;

  @Field({ description: 'How the member found the community, e.g. `qr-code`' })
  channel!: string;

  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => ID, { nullable: true })
  referrerMemberId?: string;

  @Field(() => Date, { nullable: true, description: 'Imports only: when the person actually joined (not in the future); default now' })
  joinedAt?: Date;
}

// Payloads carry the read-model row; Member's field resolvers reveal personal fields per caller.
@ObjectType()
export class MemberPayload {
  @Field(() => Member)
  member!: MemberRow;
}

@ObjectType()
export class JoinCommunityPayload extends MemberPayload {
  @Field({ description: 'False when an identity resolved to an existing member' })
  newMember!: boolean;
}

@InputType()
export class MembersFilter {
  @Field(() => ID)
  communityId!: string;

  @Field(() => MembershipStatusEnum, { nullable: true, description: 'Default: active' })
  status?: string;

  @Field(() => Date, { nullable: true, description: 'Only members who joined at or after this instant' })
  joinedSince?: Date;
}

@ObjectType({ description: 'What the member told about themself. Every field is personal data: null when unset or once the member is erased.' })
export class MemberProfile {
  @Field(() => String, { nullable: true })
  displayName!: string | null;

  @Field(() => String, { nullable: true, description: 'under_18, 18_24, 25_34, 35_44, 45_54, 55_64, 65_plus' })
  ageBand!: string | null;

  @Field(() => String, { nullable: true, description: 'female, male, other, undisclosed' })
  gender!: string | null;

  @Field(() => String, { nullable: true, description: 'Province or city' })
  region!: string | null;

  @Field(() => String, { nullable: true })
  occupation!: string | null;

  @Field(() => [String], { nullable: true })
  interests!: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Hours of the day (0–23) the member is usually active' })
  activeHours!: number[] | null;
}

@InputType({ description: 'Only the fields given change; null clears a field.' })
export class UpdateMemberProfileInput {
  @Field(() => String, { nullable: true, description: '1–50 characters' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'under_18, 18_24, 25_34, 35_44, 45_54, 55_64, 65_plus' })
  ageBand?: string | null;

  @Field(() => String, { nullable: true, description: 'female, male, other, undisclosed' })
  gender?: string | null;

  @Field(() => String, { nullable: true, description: '1–50 characters' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: '1–50 characters' })
  occupation?: string | null;

  @Field(() => [String], { nullable: true, description: 'Up to 20, each 1–30 characters' })
  interests?: string[] | null;

  @Field(() => [Int], { nullable: true, description: 'Whole hours 0–23' })
  activeHours?: number[] | null;
}

