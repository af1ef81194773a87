import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';
import { attributionModelNames, conversionKinds, touchpointKinds, type AttributionModelName, type ConversionKind, type TouchpointKind } from '../conversion.events';

export const ConversionKindEnum = graphqlEnum(conversionKinds);
export const AttributionModelEnum = graphqlEnum(attributionModelNames);
registerEnumType(ConversionKindEnum, { name: 'ConversionKind', description: 'CMP-36, CMP-38, CMP-42' });
export const TouchpointKindEnum = graphqlEnum(touchpointKinds);
registerEnumType(TouchpointKindEnum, { name: 'TouchpointKind', description: 'What a member did with a campaign that earned it credit for a conversion' });
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

@ObjectType({ description: 'A campaign\'s attributed conversions in one currency from one source: touchpoint kind, community, channel and referrer' })
export class CampaignConversionSourceTotals extends CampaignConversionTotals {
  @Field(() => TouchpointKindEnum, { nullable: true, description: 'Null for credits recorded before kinds were kept' })
  touchpointKind!: TouchpointKind | null;

  @Field(() => ID, { nullable: true, description: 'The community the touch happened in, where its event says' })
  communityId!: string | null;

  @Field(() => String, { nullable: true, description: 'The promotion channel a participation came through, where it was given' })
  channel!: string | null;

  @Field(() => ID, { nullable: true, description: 'For referrals: the member whose invitation brought the converting member in' })
  referrerId!: string | null;
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

export const ConversionPayload = payloadOf('ConversionPayload', 'conversion', Conversion);
export type ConversionPayload = Payload<'conversion', Conversion>;
