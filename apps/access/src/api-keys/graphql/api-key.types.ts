import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';

@ObjectType({ description: 'A credential for a partner platform or integration: `Authorization: ApiKey gsk_…`. Its secret is shown once, when issued.' })
export class ApiKey {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Exactly what the key may do, whatever roles its issuer had' })
  permissions!: string[];

  @Field(() => [ID], { nullable: true, description: 'The communities it may reach; null: all of the tenant\'s' })
  communityIds!: string[] | null;

  @Field()
  createdAt!: Date;

  @Field({ description: 'Subject of who issued it' })
  createdBy!: string;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'Last accepted use, to the minute' })
  lastUsedAt!: Date | null;
}

export const ApiKeyConnection = connectionOf(ApiKey, 'ApiKey');

@InputType()
export class IssueApiKeyInput {
  @Field({ description: 'What it is for, e.g. "CRM sync" (1–100 characters)' })
  name!: string;

  @Field(() => [String], { description: 'Permission names (see the README); each must be one you hold' })
  permissions!: string[];

  @Field(() => [ID], { nullable: true, description: 'Restrict it to these communities' })
  communityIds?: string[];
}

@ObjectType()
export class IssueApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, {
    nullable: true,
    description: 'The key to present (`gsk_…`), shown this once; null when a retry with the same idempotency key replays the issue',
  })
  secret!: string | null;
}

export const RevokeApiKeyPayload = payloadOf('RevokeApiKeyPayload', 'apiKey', ApiKey);
export type RevokeApiKeyPayload = Payload<'apiKey', ApiKey>;
