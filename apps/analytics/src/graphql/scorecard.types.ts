import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { scorecardFrameworks } from '../kpis/scorecards/scorecard-frameworks';

export const ScorecardFrameworkEnum = Object.fromEntries(scorecardFrameworks.map(({ id }) => [id, id])) as Record<string, string>;
registerEnumType(ScorecardFrameworkEnum, { name: 'ScorecardFramework', description: 'The evaluation frameworks of the seeds inventory §5.2.' });

@ObjectType('ScorecardMetric', { description: 'One KPI of a scorecard dimension over the whole range.' })
export class ScorecardMetricType {
  @Field()
  dimension!: string;

  @Field()
  kpiId!: string;

  @Field()
  name!: string;

  @Field()
  unit!: string;

  @Field(() => Int)
  definitionVersion!: number;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType('ScorecardPendingMetric', { description: 'A metric the framework asks for that no event supports yet.' })
export class ScorecardPendingMetricType {
  @Field()
  dimension!: string;

  @Field()
  metric!: string;

  @Field()
  reason!: string;
}

@ObjectType('Scorecard', { description: 'A §5.2 framework filled with the KPIs the data supports, as it would have been reported at `asOf`.' })
export class ScorecardType {
  @Field(() => ScorecardFrameworkEnum)
  framework!: string;

  @Field()
  name!: string;

  @Field({ description: 'True when at least one dimension has a KPI today.' })
  supported!: boolean;

  @Field(() => GraphQLISODateTime)
  asOf!: Date;

  @Field(() => GraphQLISODateTime)
  computedAt!: Date;

  @Field(() => Float, { nullable: true })
  lagSeconds!: number | null;

  @Field(() => [ScorecardMetricType])
  metrics!: ScorecardMetricType[];

  @Field(() => [ScorecardPendingMetricType])
  pending!: ScorecardPendingMetricType[];
}
