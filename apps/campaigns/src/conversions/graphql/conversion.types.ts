import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';
import { attributionModelNames, conversionKinds, type AttributionModelName, type ConversionKind } from '../conversion.events';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
export const ConversionKindEnum = enumOf(conversionKinds);
export const AttributionModelEnum = enumOf(attributionModelNames);
registerEnumType(ConversionKindEnum, { name: 'ConversionKind', description: 'CMP-36, CMP-38, CMP-42' });
registerEnumType(AttributionModelEnum, { name: 'AttributionModel', description: 'Each model\'s latest version; lookback 7 days' });

@ObjectType({ description: 'A purchase, reservation, lead or subscription, once per external order id' })
export class Conversion {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  externalOrderId!: string;

  @Field(() => ConversionKindEnum)
  kind!: ConversionKind;

  @Field(() => ID)
  memberId!: string;

  @Field(() => Float, { description: 'Minor units (fen for CNY)' })
  amountMinor!: number;

  @Field(() => Float, { description: 'Refunded or cancelled so far, minor units' })
  refundedMinor!: number;

  @Field()
  currency!: string;

  @Field()
  occurredAt!: Date;

  @Field({ description: 'When Groundswell recorded it' })
  createdAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The campaign credited under last touch' })
  lastTouchCampaignId!: string | null;
}

export const ConversionConnection = connectionOf(Conversion, 'Conversion');

@ObjectType({ description: 'What one campaign is credited with in one currency under one attribution model' })
export class CampaignConversionTotals {
  @Field()
  currency!: string;

  @Field(() => Int)
  conversions!: number;

  @Field(() => Float, { description: 'Attributed GMV before refunds, minor units' })
  grossMinor!: number;

  @Field(() => Float)
  refundedMinor!: number;

  @Field(() => Float, { description: 'Attributed GMV net of refunds, minor units' })
  netMinor!: number;
}

@ObjectType({ description: 'A campaign\'s attributed conversions under one model, per currency' })
export class CampaignConversions {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => AttributionModelEnum)
  model!: AttributionModelName;

  @Field(() => [CampaignConversionTotals])
  totals!: CampaignConversionTotals[];
}

@InputType()
export class RecordConversionInput {
  @Field(() => ID, { description: 'The shop\'s order id: retries with it record once' })
  externalOrderId!: string;

  @Field(() => ConversionKindEnum)
  kind!: ConversionKind;

  @Field(() => ID)
  memberId!: string;

  @Field(() => Int, { description: 'Minor units; 0 only for leads and reservations' })
  amountMinor!: number;

  @Field({ description: 'ISO 4217, e.g. CNY' })
  currency!: string;

  @Field()
  occurredAt!: Date;
}

@InputType()
export class RefundConversionInput {
  @Field(() => ID)
  externalOrderId!: string;

  @Field({ description: 'The shop\'s refund id: retries with it refund once' })
  refundReference!: string;

  @Field(() => Int, { description: 'Minor units, at most what is left of the order' })
  amountMinor!: number;
}

@ObjectType()
export class ConversionPayload {
  @Field(() => Conversion)
  conversion!: Conversion;
}
