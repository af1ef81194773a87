import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { cohortGranularities, type CohortGranularity } from '../kpis/cohorts/cohort-retention-matrix';

export const CohortGranularityEnum = Object.fromEntries(cohortGranularities.map((value) => [value, value])) as { [K in CohortGranularity]: K };
registerEnumType(CohortGranularityEnum, { name: 'CohortGranularity', description: 'Cohorts and their offsets by UTC day or by ISO week (Monday first).' });

@ObjectType('CohortCell', { description: 'Members of one cohort active in one later period.' })
export class CohortCellType {
  @Field(() => Int, { description: '0 is the cohort’s own day or week.' })
  offset!: number;

  @Field({ description: 'First day of the period, YYYY-MM-DD.' })
  periodStart!: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD.' })
  periodEnd!: string;

  @Field(() => Int, { nullable: true, description: 'Null when the period had not begun at `asOf`.' })
  retained!: number | null;

  @Field(() => Float, { nullable: true, description: 'retained ÷ size, a fraction; null with retained or for an empty cohort.' })
  rate!: number | null;
}

@ObjectType('CohortRow', { description: 'Members who first joined in one day or week, and how many came back in each later one.' })
export class CohortRowType {
  @Field()
  cohortStart!: string;

  @Field()
  cohortEnd!: string;

  @Field(() => Int, { description: 'Members who first joined in the cohort’s period (merged members once).' })
  size!: number;

  @Field(() => [CohortCellType])
  cells!: CohortCellType[];
}

@ObjectType('CohortRetention', { description: 'The cohort retention matrix (KPI-32), as it would have been reported at `asOf`.' })
export class CohortRetentionType {
  @Field(() => CohortGranularityEnum)
  granularity!: CohortGranularity;

  @Field(() => Int)
  definitionVersion!: number;

  @Field(() => GraphQLISODateTime, { description: 'Only events recorded at or before this instant count.' })
  asOf!: Date;

  @Field(() => GraphQLISODateTime)
  computedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'Now − occurred time of the newest ingested event of the tenant.' })
  lagSeconds!: number | null;

  @Field(() => [CohortRowType])
  cohorts!: CohortRowType[];
}
