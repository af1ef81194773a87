import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { activityKinds } from '@groundswell/events';

export const ActivityKindEnum = Object.fromEntries(activityKinds.map((kind) => [kind, kind])) as Record<(typeof activityKinds)[number], string>;
registerEnumType(ActivityKindEnum, { name: 'ActivityKind' });

@InputType()
export class ActivityItemInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => ActivityKindEnum)
  kind!: string;

  @Field(() => ID, { description: 'The platform\'s id of the fact; a repeat is ignored' })
  clientEventId!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Purchases: order value in cents' })
  amountCents?: number;
}

@InputType()
export class RecordActivityInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => [ActivityItemInput], { description: 'Up to 10,000 items' })
  items!: ActivityItemInput[];
}

@ObjectType()
export class RecordActivityPayload {
  @Field(() => Int, { description: 'Items recorded now' })
  accepted!: number;

  @Field(() => Int, { description: 'Items skipped because their client event id was seen before' })
  duplicates!: number;
}
