import { Directive, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';
import type { MemberRow } from '../queries/member-queries';
import { Community } from './community.types';
import { LifecycleStageEnum, ConsentPurposeEnum, ConsentSourceEnum, ErasureBasisEnum, IdentityKindEnum, MembershipStatusEnum, MemberStatusEnum } from './enums';

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
}

// Payloads carry the read-model row; Member's field resolvers reveal personal fields per caller.
@ObjectType()
export class JoinCommunityPayload {
  @Field(() => Member)
  member!: MemberRow;

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

@ObjectType()
export class MemberPayload {
  @Field(() => Member)
  member!: MemberRow;
}

@InputType()
export class ConsentDecisionInput {
  @Field(() => ConsentPurposeEnum)
  purpose!: string;

  @Field()
  granted!: boolean;

  @Field(() => ConsentSourceEnum, { description: 'operator_on_behalf when an operator records it' })
  source!: string;

  @Field({ description: 'Version of the privacy policy the member was shown' })
  policyVersion!: string;

  @Field({ description: 'When the member decided' })
  decidedAt!: Date;
}

@ObjectType()
export class MergePayload {
  @Field(() => ID, { description: 'Names the merge; unmergeMembers takes it' })
  mergeId!: string;

  @Field(() => Member)
  survivor!: MemberRow;

  @Field(() => Member)
  duplicate!: MemberRow;
}

export { ErasureBasisEnum };
