import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import type { CampaignKind, CampaignStatus, EndReason, GoalMetric, PromotionChannel } from '../campaign.values';
import { CampaignEndReasonEnum, CampaignKindEnum, CampaignStatusEnum, GoalMetricEnum, PromotionChannelEnum } from './campaign-enums';
import { CampaignBudget, CampaignGoal, CampaignPlanInput, CampaignSchedule, CoHost, Milestone } from './campaign-plan.types';

@ObjectType()
@InputType('GoalResultInput')
export class GoalResult {
  @Field(() => GoalMetricEnum)
  metric!: GoalMetric;

  @Field(() => Int)
  actual!: number;
}

@ObjectType({ description: 'The review after a campaign ended (CMP-34)' })
@InputType('PostMortemInput')
export class PostMortem {
  @Field({ description: '1–5000 characters' })
  summary!: string;

  @Field(() => [String], { description: 'Lessons learned, at most 20' })
  lessons!: string[];

  @Field(() => [GoalResult], { description: 'Actual against each targeted metric' })
  goalResults!: GoalResult[];
}

@ObjectType({ description: 'A campaign: its kind, goal, targeting, schedule, plan, budget and where it is in its lifecycle.' })
@Directive('@key(fields: "id")')
export class Campaign {
  @Field(() => ID)
  id!: string;

  @Field(() => CampaignKindEnum)
  kind!: CampaignKind;

  @Field(() => CampaignStatusEnum)
  status!: CampaignStatus;

  @Field()
  name!: string;

  @Field(() => CampaignGoal)
  goal!: CampaignGoal;

  @Field(() => [ID])
  communityIds!: string[];

  @Field(() => ID, { nullable: true })
  segmentId!: string | null;

  @Field(() => CampaignSchedule)
  schedule!: CampaignSchedule;

  @Field(() => [PromotionChannelEnum])
  channels!: PromotionChannel[];

  @Field(() => [CoHost])
  coHosts!: CoHost[];

  @Field(() => [Milestone])
  milestones!: Milestone[];

  @Field(() => CampaignBudget, { nullable: true })
  budget!: CampaignBudget | null;

  @Field(() => PostMortem, { nullable: true })
  postMortem!: PostMortem | null;

  @Field(() => String, { nullable: true, description: 'Why it is paused, while it is' })
  pauseReason!: string | null;

  @Field(() => CampaignEndReasonEnum, { nullable: true })
  endReason!: EndReason | null;

  @Field()
  createdAt!: Date;

  @Field()
  createdBy!: string;

  @Field()
  updatedAt!: Date;

  @Field()
  updatedBy!: string;
}

export const CampaignConnection = connectionOf(Campaign, 'Campaign');

@InputType()
export class CampaignFilterInput {
  @Field(() => CampaignStatusEnum, { nullable: true })
  status?: CampaignStatus;

  @Field(() => CampaignKindEnum, { nullable: true })
  kind?: CampaignKind;

  @Field(() => ID, { nullable: true })
  communityId?: string;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => CampaignKindEnum)
  kind!: CampaignKind;

  @Field(() => CampaignPlanInput)
  plan!: CampaignPlanInput;
}

@InputType()
export class ReviseCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field(() => CampaignPlanInput, { description: 'The whole plan; only a draft or scheduled campaign can be revised' })
  plan!: CampaignPlanInput;
}

@InputType()
export class PauseCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field({ description: '1–500 characters' })
  reason!: string;
}

@InputType()
export class ReviewCampaignInput {
  @Field(() => ID)
  id!: string;

  @Field(() => PostMortem)
  postMortem!: PostMortem;
}

export const CampaignPayload = payloadOf('CampaignPayload', 'campaign', Campaign);
export type CampaignPayload = Payload<'campaign', Campaign>;
