import { registerEnumType } from '@nestjs/graphql';
import { graphqlEnum } from '@groundswell/service-kit';
import { budgetCategories, campaignKinds, campaignStatuses, coHostKinds, endReasons, goalMetrics, goalObjectives, promotionChannels } from '../campaign.values';

/** A GraphQL enum object from a value list, so the API can never offer a value the events can't carry. */

export const CampaignKindEnum = graphqlEnum(campaignKinds);
export const CampaignStatusEnum = graphqlEnum(campaignStatuses);
export const GoalObjectiveEnum = graphqlEnum(goalObjectives);
export const GoalMetricEnum = graphqlEnum(goalMetrics);
export const PromotionChannelEnum = graphqlEnum(promotionChannels);
export const CoHostKindEnum = graphqlEnum(coHostKinds);
export const BudgetCategoryEnum = graphqlEnum(budgetCategories);
export const CampaignEndReasonEnum = graphqlEnum(endReasons);

registerEnumType(CampaignKindEnum, { name: 'CampaignKind', description: 'The seeds\' campaign kinds (CMP-01…23)' });
registerEnumType(CampaignStatusEnum, { name: 'CampaignStatus', description: 'draft → scheduled → running ⇄ paused → ended → reviewed' });
registerEnumType(GoalObjectiveEnum, { name: 'CampaignObjective' });
registerEnumType(GoalMetricEnum, { name: 'CampaignGoalMetric', description: 'gmv counts minor units of the budget currency' });
registerEnumType(PromotionChannelEnum, { name: 'PromotionChannel' });
registerEnumType(CoHostKindEnum, { name: 'CoHostKind' });
registerEnumType(BudgetCategoryEnum, { name: 'BudgetCategory' });
registerEnumType(CampaignEndReasonEnum, { name: 'CampaignEndReason', description: 'schedule: the clock ended it at its end; operator: ended early' });
