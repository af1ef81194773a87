import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';

@ObjectType({ description: 'A content draft of the content service.' })
export class ContentDraft {
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

export const ContentDraftConnection = connectionOf(ContentDraft, 'ContentDraft');

@InputType()
export class CreateContentDraftInput {
  @Field({ description: 'Its title (1–200 characters)' })
  title!: string;
}

@InputType()
export class RenameContentDraftInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The new title (1–200 characters)' })
  title!: string;
}

@ObjectType()
export class ContentDraftPayload {
  @Field(() => ContentDraft)
  contentDraft!: ContentDraft;
}
