import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';

@ObjectType({ description: 'A community\'s rules: a draft moderators revise, published as numbered versions members are held to.' })
export class RuleSet {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => [String], { description: 'The rules being written; members are held to the published ones' })
  draftRules!: string[];

  @Field(() => Int, { description: 'The latest published version; 0 until the first publication' })
  publishedVersion!: number;

  @Field(() => [String], { nullable: true, description: 'The rules of the latest published version' })
  publishedRules!: string[] | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Subject of who published the latest version' })
  publishedBy!: string | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Subject of who created it' })
  createdBy!: string;

  @Field()
  updatedAt!: Date;

  @Field({ description: 'Subject of who changed it last' })
  updatedBy!: string;
}

export const RuleSetConnection = connectionOf(RuleSet, 'RuleSet');

@InputType()
export class CreateRuleSetInput {
  @Field({ description: 'Its title (1–200 characters)' })
  title!: string;
}

@InputType()
export class RenameRuleSetInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The new title (1–200 characters)' })
  title!: string;
}

@InputType()
export class ReviseRuleSetInput {
  @Field(() => ID)
  id!: string;

  @Field(() => [String], { description: `The draft's rules in order, each 1–500 characters, at most 50` })
  rules!: string[];
}

@InputType()
export class PublishRuleSetInput {
  @Field(() => ID)
  id!: string;
}

export const RuleSetPayload = payloadOf('RuleSetPayload', 'ruleSet', RuleSet);
export type RuleSetPayload = Payload<'ruleSet', RuleSet>;
