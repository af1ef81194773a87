import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, graphqlEnum, payloadOf, type Payload } from '@groundswell/service-kit';
import { riskBands, riskTypes, type RiskBand, type RiskType } from '../risk-score';

export const RiskTypeEnum = graphqlEnum(riskTypes);
export const RiskBandEnum = graphqlEnum(riskBands);
export const RiskStatusEnum = graphqlEnum(['open', 'closed'] as const);

registerEnumType(RiskTypeEnum, { name: 'RiskType', description: '风险类型: content, user, technology, market, policy' });
registerEnumType(RiskBandEnum, { name: 'RiskBand', description: 'Score 1–4 low, 5–9 medium, 10–16 high, 20–25 critical' });
registerEnumType(RiskStatusEnum, { name: 'RiskStatus' });

@ObjectType({ description: 'A risk in the tenant\'s register (风险登记, MOD-47…49)' })
export class Risk {
  @Field(() => ID)
  id!: string;

  @Field(() => RiskTypeEnum)
  riskType!: RiskType;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: '1 (rare) to 5 (almost certain)' })
  likelihood!: number;

  @Field(() => Int, { description: '1 (negligible) to 5 (severe)' })
  impact!: number;

  @Field(() => Int, { description: 'likelihood × impact, 1–25' })
  score!: number;

  @Field(() => RiskBandEnum)
  band!: RiskBand;

  @Field(() => Float, { nullable: true, description: 'Estimated potential loss in yuan' })
  potentialLossYuan!: number | null;

  @Field({ description: 'Who answers for it' })
  owner!: string;

  @Field({ description: 'Next review, YYYY-MM-DD (Beijing calendar)' })
  reviewDue!: string;

  @Field(() => RiskStatusEnum)
  status!: string;

  @Field()
  registeredAt!: Date;

  @Field()
  registeredBy!: string;

  @Field()
  lastAssessedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closedReason!: string | null;
}

export const RiskConnection = connectionOf(Risk, 'Risk');

@InputType({ isAbstract: true })
class RiskRatingInput {
  @Field(() => Int, { description: '1 (rare) to 5 (almost certain)' })
  likelihood!: number;

  @Field(() => Int, { description: '1 (negligible) to 5 (severe)' })
  impact!: number;

  @Field(() => Float, { nullable: true, description: 'Estimated potential loss in yuan' })
  potentialLossYuan?: number;

  @Field({ description: 'Next review, YYYY-MM-DD, today or later (Beijing calendar)' })
  reviewDue!: string;
}

@InputType()
export class RegisterRiskInput extends RiskRatingInput {
  @Field(() => RiskTypeEnum)
  riskType!: RiskType;

  @Field({ description: '1–200 characters' })
  title!: string;

  @Field({ nullable: true })
  description?: string;

  @Field()
  owner!: string;
}

@InputType()
export class ReassessRiskInput extends RiskRatingInput {
  @Field(() => ID)
  riskId!: string;

  @Field({ description: 'What changed since the last assessment' })
  note!: string;
}

export const RiskPayload = payloadOf('RiskPayload', 'risk', Risk);
export type RiskPayload = Payload<'risk', Risk>;
