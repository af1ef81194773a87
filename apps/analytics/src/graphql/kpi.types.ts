import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@groundswell/service-kit';
import { granularities, type Granularity } from '../kpis/calendar';

export const KpiGranularity = Object.fromEntries(granularities.map((value) => [value, value])) as { [K in Granularity]: K };
registerEnumType(KpiGranularity, { name: 'KpiGranularity', description: 'Length of each point: UTC day, ISO week (Monday first) or calendar month.' });

@InputType({ description: 'Which part of your tenant: the tenant itself always comes from your credentials.' })
export class KpiFilter {
  @Field(() => ID, { nullable: true, description: 'One community (UUID); all of the tenant’s when absent.' })
  communityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only communities on this platform, e.g. `wecom`.' })
  platform?: string | null;

  @Field(() => ID, { nullable: true, description: 'One campaign; campaign KPIs only (their `dimensions` list `campaign`).' })
  campaignId?: string | null;

  @Field(() => String, { nullable: true, description: 'One promotion channel a campaign’s members came through, e.g. `kol`; campaign KPIs only (their `dimensions` list `channel`).' })
  channel?: string | null;

  @Field(() => ID, { nullable: true, description: 'One content item or UGC contribution; content KPIs only (their `dimensions` list `item`).' })
  itemId?: string | null;
}

@InputType({ description: 'UTC calendar days, both included; periods are widened to whole weeks or months.' })
export class KpiRange {
  @Field({ description: 'First day, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD.' })
  to!: string;
}

@ObjectType('KpiPoint', { description: 'The KPI over one period.' })
export class KpiPointType {
  @Field({ description: 'First day of the period, YYYY-MM-DD.' })
  periodStart!: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD.' })
  periodEnd!: string;

  @Field(() => Float, { nullable: true, description: 'Null where the formula is undefined, e.g. a ratio over zero.' })
  value!: number | null;
}

@ObjectType('KpiSeries', { description: 'A KPI over a range, as it would have been reported at `asOf`.' })
export class KpiSeriesType {
  @Field()
  kpiId!: string;

  @Field(() => Int)
  definitionVersion!: number;

  @Field({ description: '`members`, `ratio` (a fraction: 0.85 is 85 %), `count`, `points`, `hour` (UTC hour of day), `days`, `minutes`, `score` (0 to 1) or `money` (minor units of CNY, fen).' })
  unit!: string;

  @Field(() => KpiGranularity)
  granularity!: Granularity;

  @Field(() => GraphQLISODateTime, { description: 'Only events recorded at or before this instant count.' })
  asOf!: Date;

  @Field(() => GraphQLISODateTime)
  computedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'Now − occurred time of the newest ingested event of the tenant.' })
  lagSeconds!: number | null;

  @Field(() => [KpiPointType])
  points!: KpiPointType[];
}

@ObjectType('KpiNames')
export class KpiNamesType {
  @Field()
  en!: string;

  @Field()
  zh!: string;
}

@ObjectType('KpiDefinition', { description: 'A versioned KPI definition; the formula lives in code.' })
export class KpiDefinitionType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Row of the seeds inventory, e.g. KPI-01.' })
  inventoryId!: string;

  @Field(() => KpiNamesType)
  names!: KpiNamesType;

  @Field(() => Int)
  version!: number;

  @Field()
  formula!: string;

  @Field()
  window!: string;

  @Field(() => [String])
  dimensions!: string[];

  @Field()
  unit!: string;

  @Field()
  definition!: string;
}

export const KpiDefinitionConnection = connectionOf(KpiDefinitionType, 'KpiDefinition');
