import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';

@ObjectType({ description: 'An ID-typed argument of an audited mutation: what it acted on' })
export class AuditTarget {
  @Field({ description: 'Where the id was given, e.g. `input.communityId` or `id`' })
  argument!: string;

  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'One mutation sent through the gateway, as it was answered. Entries are never changed or deleted.' })
export class AuditEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Subject of the caller: a user id, or `apikey:<id>` for an API key' })
  actor!: string;

  @Field(() => String, { nullable: true })
  operationName!: string | null;

  @Field(() => [String], { description: 'The mutation fields it called' })
  fields!: string[];

  @Field(() => [AuditTarget])
  targets!: AuditTarget[];

  @Field({ description: '`ok`, or the error code it was answered with (e.g. FORBIDDEN)' })
  result!: string;

  @Field()
  requestId!: string;

  @Field()
  occurredAt!: Date;
}

export const AuditEntryConnection = connectionOf(AuditEntry, 'AuditEntry');

@InputType()
export class AuditLogFilterInput {
  @Field({ nullable: true })
  actor?: string;

  @Field({ nullable: true, description: 'The operation name or one of its mutation fields' })
  operation?: string;

  @Field({ nullable: true, description: 'Inclusive' })
  from?: Date;

  @Field({ nullable: true, description: 'Exclusive' })
  to?: Date;

  @Field({ nullable: true, description: '`ok` or an error code' })
  result?: string;

  @Field(() => ID, { nullable: true, description: 'The `x-request-id` the gateway answered the mutation with' })
  requestId?: string;
}
