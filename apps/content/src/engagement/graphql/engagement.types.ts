import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';
import { engagementSignalKinds } from '@groundswell/events';

type SignalKind = (typeof engagementSignalKinds)[number];
export const EngagementSignalKindEnum = Object.fromEntries(engagementSignalKinds.map((kind) => [kind, kind])) as Record<SignalKind, SignalKind>;
registerEnumType(EngagementSignalKindEnum, { name: 'EngagementSignalKind', description: 'impression, view (with dwell), like, comment, share, repost, click, video play started/completed, vote' });

@InputType()
export class EngagementSignalInput {
  @Field(() => EngagementSignalKindEnum)
  kind!: SignalKind;

  @Field(() => ID, { description: 'The content item or contribution' })
  itemId!: string;

  @Field(() => ID, { nullable: true, description: 'The platform variant, when known' })
  variantId?: string;

  @Field({ description: 'e.g. wechat_official_account, weibo, douyin' })
  platform!: string;

  @Field(() => ID, { nullable: true, description: 'The member, when known' })
  memberId?: string;

  @Field(() => Int, { nullable: true, description: 'For a view: milliseconds on screen' })
  dwellMs?: number;

  @Field(() => ID, { description: 'The sender\'s id of the signal; a repeat is ignored' })
  clientEventId!: string;

  @Field()
  occurredAt!: Date;
}

@InputType()
export class RecordEngagementInput {
  @Field(() => ID)
  communityId!: string;

  @Field(() => [EngagementSignalInput], { description: '1–10,000 signals' })
  signals!: EngagementSignalInput[];
}

@ObjectType({ description: 'What a batch of engagement signals did; answered only once it is durable' })
export class RecordEngagementPayload {
  @Field(() => Int, { description: 'Signals recorded now' })
  accepted!: number;

  @Field(() => Int, { description: 'Signals whose client event id was recorded before (or twice in the batch)' })
  duplicates!: number;
}

@ObjectType({ description: 'An item\'s engagement of one kind on one platform and variant' })
export class EngagementTotal {
  @Field(() => ID)
  itemId!: string;

  @Field(() => ID, { nullable: true })
  variantId!: string | null;

  @Field()
  platform!: string;

  @Field(() => EngagementSignalKindEnum)
  kind!: SignalKind;

  @Field(() => Float)
  count!: number;

  @Field(() => Float, { description: 'Total dwell time of views, milliseconds' })
  dwellMs!: number;

  @Field()
  lastAt!: Date;
}

export const EngagementTotalConnection = connectionOf(EngagementTotal, 'EngagementTotal');
