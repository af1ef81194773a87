import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { BudgetCategory, CoHostKind, GoalMetric, GoalObjective, PromotionChannel } from '../campaign.values';
import { BudgetCategoryEnum, CoHostKindEnum, GoalMetricEnum, GoalObjectiveEnum, PromotionChannelEnum } from './campaign-enums';

// Each shape is both the output and (as …Input) the input of a campaign plan.

@ObjectType()
@InputType('GoalTargetInput')
export class GoalTarget {
  @Field(() => GoalMetricEnum)
  metric!: GoalMetric;

  @Field(() => Int, { description: 'Above 0' })
  value!: number;
}

@ObjectType({ description: 'What the campaign is for (required first, CMP-30)' })
@InputType('CampaignGoalInput')
export class CampaignGoal {
  @Field(() => GoalObjectiveEnum)
  objective!: GoalObjective;

  @Field(() => [GoalTarget], { description: 'At least one, one per metric' })
  targets!: GoalTarget[];
}

@ObjectType()
@InputType('CampaignScheduleInput')
export class CampaignSchedule {
  @Field()
  startsAt!: Date;

  @Field({ description: 'After startsAt, within 366 days' })
  endsAt!: Date;

  @Field({ description: 'IANA time zone the campaign\'s days are counted in, e.g. Asia/Shanghai' })
  timeZone!: string;
}

@ObjectType({ description: 'A partner community, sponsor, media partner, KOL or co-brand (CMP-18…20)' })
@InputType('CoHostInput')
export class CoHost {
  @Field(() => CoHostKindEnum)
  kind!: CoHostKind;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A step of the plan with its owner and expected result (CMP-32, CMP-35)' })
@InputType('MilestoneInput')
export class Milestone {
  @Field()
  title!: string;

  @Field({ description: 'Subject of the operator responsible' })
  owner!: string;

  @Field()
  dueAt!: Date;

  @Field()
  expectedResult!: string;
}

@ObjectType()
@InputType('BudgetLineInput')
export class BudgetLine {
  @Field(() => BudgetCategoryEnum)
  category!: BudgetCategory;

  @Field(() => Int, { description: 'Minor units (fen for CNY)' })
  amountMinor!: number;
}

@ObjectType({ description: 'A region\'s cost as a percentage of the base budget (CMP-28: tier-1 cities 150)' })
@InputType('RegionalMultiplierInput')
export class RegionalMultiplier {
  @Field()
  region!: string;

  @Field(() => Int, { description: '1–1000' })
  percent!: number;
}

@ObjectType({ description: 'Budget by category with a contingency reserve (CMP-46…49)' })
@InputType('CampaignBudgetInput')
export class CampaignBudget {
  @Field({ description: 'ISO 4217, e.g. CNY' })
  currency!: string;

  @Field(() => [BudgetLine])
  lines!: BudgetLine[];

  @Field(() => Int)
  reserveMinor!: number;

  @Field(() => [RegionalMultiplier])
  regionalMultipliers!: RegionalMultiplier[];
}

@InputType()
export class CampaignPlanInput {
  @Field({ description: '1–100 characters' })
  name!: string;

  @Field(() => CampaignGoal)
  goal!: CampaignGoal;

  @Field(() => [ID], { description: '1–50 communities' })
  communityIds!: string[];

  @Field(() => ID, { nullable: true, description: 'A members segment; none targets every member of the communities' })
  segmentId?: string;

  @Field(() => CampaignSchedule)
  schedule!: CampaignSchedule;

  @Field(() => [PromotionChannelEnum], { defaultValue: [] })
  channels!: PromotionChannel[];

  @Field(() => [CoHost], { defaultValue: [] })
  coHosts!: CoHost[];

  @Field(() => [Milestone], { defaultValue: [] })
  milestones!: Milestone[];

  @Field(() => CampaignBudget, { nullable: true })
  budget?: CampaignBudget;
}
