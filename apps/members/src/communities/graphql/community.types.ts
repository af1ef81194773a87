import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import { CommunityStageEnum, CommunityStatusEnum, PlatformEnum } from '../../shared/graphql-enums';

@ObjectType({ description: 'A group on a platform (WeChat group, Douyin fan group, Discord server…) that a tenant operates.' })
@Directive('@key(fields: "id")')
export class Community {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PlatformEnum)
  platform!: string;

  @Field(() => ID, { nullable: true, description: 'The platform\'s own id for the group' })
  externalId!: string | null;

  @Field(() => CommunityStatusEnum)
  status!: string;

  @Field(() => CommunityStageEnum)
  stage!: string;

  @Field(() => Int, { description: 'Members currently in the community (erased members included)' })
  memberCount!: number;

  @Field()
  createdAt!: Date;
}

export const CommunityConnection = connectionOf(Community, 'Community');

@InputType()
export class CreateCommunityInput {
  @Field()
  name!: string;

  @Field(() => PlatformEnum)
  platform!: string;

  @Field(() => ID, { nullable: true })
  externalId?: string;
}

export const CreateCommunityPayload = payloadOf('CreateCommunityPayload', 'community', Community);
export type CreateCommunityPayload = Payload<'community', Community>;
