import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';

@ObjectType({ description: 'A campaign draft of the campaigns service.' })
export class CampaignDraft {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Subject of who created it' })
  createdBy!: string;

  @Field()
  updatedAt!: Date;

  @Field({ description: 'Subject of who changed it last' })
  updatedBy!: string;
}

export const CampaignDraftConnection = connectionOf(CampaignDraft, 'CampaignDraft');

@InputType()
export class CreateCampaignDraftInput {
  @Field({ description: 'Its title (1–200 characters)' })
  title!: string;
}

@InputType()
export class RenameCampaignDraftInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The new title (1–200 characters)' })
  title!: string;
}

@ObjectType()
export class CampaignDraftPayload {
  @Field(() => CampaignDraft)
  campaignDraft!: CampaignDraft;
}
