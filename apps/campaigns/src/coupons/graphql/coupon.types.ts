import { Field, ID, InputType, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import { couponBenefitKinds, type CouponBenefitKind } from '../coupon.events';

const CouponBenefitKindEnum = Object.fromEntries(couponBenefitKinds.map((kind) => [kind, kind])) as Record<CouponBenefitKind, CouponBenefitKind>;
registerEnumType(CouponBenefitKindEnum, { name: 'CouponBenefitKind', description: 'amount_off: minor units off; percent_off: 1–100; free_trial: days' });

@ObjectType()
@InputType('CouponBenefitInput')
export class CouponBenefit {
  @Field(() => CouponBenefitKindEnum)
  kind!: CouponBenefitKind;

  @Field(() => Int)
  value!: number;
}

@ObjectType({ description: 'A batch of coupons of a campaign, with its stock and per-member limit (CMP-03)' })
export class CouponBatch {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  stock!: number;

  @Field(() => Int, { description: 'Coupons issued so far; never above stock' })
  claimed!: number;

  @Field(() => Int)
  perMemberLimit!: number;

  @Field()
  validFrom!: Date;

  @Field()
  validUntil!: Date;

  @Field(() => CouponBenefit)
  benefit!: CouponBenefit;

  @Field()
  createdAt!: Date;

  @Field()
  createdBy!: string;
}

@ObjectType({ description: 'A coupon issued to a member' })
export class Coupon {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  batchId!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field({ description: 'What the member shows the shop: 16 symbols, unguessable' })
  code!: string;

  @Field()
  validFrom!: Date;

  @Field()
  validUntil!: Date;

  @Field(() => String, { nullable: true, description: 'The order it was redeemed for' })
  orderReference!: string | null;

  @Field(() => Date, { nullable: true })
  redeemedAt!: Date | null;

  @Field({ description: 'When it was claimed' })
  createdAt!: Date;
}

export const CouponBatchConnection = connectionOf(CouponBatch, 'CouponBatch');
export const CouponConnection = connectionOf(Coupon, 'Coupon');

/** The batch's terms as its creator sets them; the fields redeclared here only add the input's limits. */
@InputType()
export class CreateCouponBatchInput extends PickType(CouponBatch, ['campaignId', 'name', 'stock', 'perMemberLimit', 'validFrom', 'validUntil', 'benefit'], InputType) {
  @Field({ description: '1–100 characters' })
  override name!: string;

  @Field(() => Int, { description: '1–10,000,000 coupons' })
  override stock!: number;

  @Field(() => Int, { description: '1–100 coupons of this batch per member' })
  override perMemberLimit!: number;
}

@InputType()
export class ClaimCouponInput {
  @Field(() => ID)
  batchId!: string;

  @Field(() => ID)
  memberId!: string;
}

@InputType()
export class RedeemCouponInput {
  @Field({ description: 'The coupon code as the member gave it (case and separators don\'t matter)' })
  code!: string;

  @Field({ description: 'The shop\'s order reference: retries for one order redeem once' })
  orderReference!: string;
}

@InputType()
export class CouponFilterInput {
  @Field(() => ID, { nullable: true })
  batchId?: string;

  @Field(() => ID, { nullable: true })
  memberId?: string;
}

export const CouponBatchPayload = payloadOf('CouponBatchPayload', 'couponBatch', CouponBatch);
export type CouponBatchPayload = Payload<'couponBatch', CouponBatch>;

export const CouponPayload = payloadOf('CouponPayload', 'coupon', Coupon);
export type CouponPayload = Payload<'coupon', Coupon>;
