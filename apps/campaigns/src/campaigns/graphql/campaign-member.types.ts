import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

/** One member in one campaign: what joining, checking in, voting, registering, referral codes and grants address. */
@InputType()
export class CampaignMemberInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  memberId!: string;
}

/** The leading fields of a record a campaign keeps about one of its members. */
@ObjectType({ isAbstract: true })
export abstract class CampaignMemberRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  memberId!: string;
}
