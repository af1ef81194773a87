import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import { CampaignMemberInput, CampaignMemberRecord } from '../../campaigns/graphql/campaign-member.types';

export enum RewardKind {
  points = 'points',
  badge = 'badge',
  coupon = 'coupon',
  gift = 'gift',
}
registerEnumType(RewardKind, { name: 'CampaignRewardKind', description: 'points and badges are paid by the members service; coupons come from a campaign batch; gifts are shipped' });

export enum GiftFulfilmentState {
  pending = 'pending',
  shipped = 'shipped',
  delivered = 'delivered',
  cancelled = 'cancelled',
}
registerEnumType(GiftFulfilmentState, { name: 'GiftFulfilment' });

@ObjectType('CampaignReward', { description: 'A reward of a campaign: the fields of its kind are set' })
@InputType('CampaignRewardInput')
export class RewardShape {
  @Field(() => RewardKind)
  kind!: RewardKind;

  @Field(() => Int, { nullable: true, description: 'points: 1–1,000,000' })
  points?: number | null;

  @Field(() => ID, { nullable: true, description: 'badge: a badge the tenant defined in the members service' })
  badgeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'coupon: the campaign coupon batch' })
  batchId?: string | null;

  @Field(() => String, { nullable: true, description: 'gift: what is shipped' })
  item?: string | null;
}

@ObjectType({ description: 'A reward granted to a member by a campaign (paid once per grant)' })
export class RewardGrant extends CampaignMemberRecord {
  @Field(() => RewardShape)
  reward!: RewardShape;

  @Field(() => ID, { nullable: true, description: 'coupon: the coupon issued' })
  couponId!: string | null;

  @Field({ description: 'referral_threshold or operator' })
  reasonKind!: string;

  @Field(() => Int, { nullable: true, description: 'referral_threshold: the invites it asked for' })
  invites!: number | null;

  @Field(() => String, { nullable: true, description: 'operator: why' })
  note!: string | null;

  @Field(() => GiftFulfilmentState, { nullable: true, description: 'Gifts only' })
  fulfilment!: GiftFulfilmentState | null;

  @Field(() => String, { nullable: true })
  carrier!: string | null;

  @Field(() => String, { nullable: true })
  trackingNumber!: string | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field()
  grantedAt!: Date;

  @Field()
  grantedBy!: string;

  @Field()
  updatedAt!: Date;
}

export const RewardGrantConnection = connectionOf(RewardGrant, 'RewardGrant');

@InputType()
export class RewardGrantFilterInput {
  @Field(() => ID, { nullable: true })
  campaignId?: string;

  @Field(() => ID, { nullable: true })
  memberId?: string;

  @Field(() => GiftFulfilmentState, { nullable: true })
  fulfilment?: GiftFulfilmentState;
}

@InputType()
export class GrantRewardInput extends CampaignMemberInput {
  @Field(() => RewardShape)
  reward!: RewardShape;

  @Field({ description: 'Why, 1–500 characters' })
  note!: string;
}

@InputType()
export class ShipGiftInput {
  @Field(() => ID)
  grantId!: string;

  @Field()
  carrier!: string;

  @Field()
  trackingNumber!: string;
}

@InputType()
export class CancelGiftInput {
  @Field(() => ID)
  grantId!: string;

  @Field()
  reason!: string;
}

export const RewardGrantPayload = payloadOf('RewardGrantPayload', 'rewardGrant', RewardGrant);
export type RewardGrantPayload = Payload<'rewardGrant', RewardGrant>;
