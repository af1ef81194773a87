import { registerEnumType } from '@nestjs/graphql';
import { budgetCategories, campaignKinds, campaignStatuses, coHostKinds, endReasons, goalMetrics, goalObjectives, promotionChannels } from '../campaign.values';

/** A GraphQL enum object from a value list, so the API can never offer a value the events can't carry. */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;

export const CampaignKindEnum = enumOf(campaignKinds);
export const CampaignStatusEnum = enumOf(campaignStatuses);
export const GoalObjectiveEnum = enumOf(goalObjectives);
export const GoalMetricEnum = enumOf(goalMetrics);
export const PromotionChannelEnum = enumOf(promotionChannels);
export const CoHostKindEnum = enumOf(coHostKinds);
export const BudgetCategoryEnum = enumOf(budgetCategories);
export const CampaignEndReasonEnum = enumOf(endReasons);

registerEnumType(CampaignKindEnum, { name: 'CampaignKind', description: 'The seeds\' campaign kinds (CMP-01…23)' });
registerEnumType(CampaignStatusEnum, { name: 'CampaignStatus', description: 'draft → scheduled → running ⇄ paused → ended → reviewed' });
registerEnumType(GoalObjectiveEnum, { name: 'CampaignObjective' });
registerEnumType(GoalMetricEnum, { name: 'CampaignGoalMetric', description: 'gmv counts minor units of the budget currency' });
registerEnumType(PromotionChannelEnum, { name: 'PromotionChannel' });
registerEnumType(CoHostKindEnum, { name: 'CoHostKind' });
registerEnumType(BudgetCategoryEnum, { name: 'BudgetCategory' });
registerEnumType(CampaignEndReasonEnum, { name: 'CampaignEndReason', description: 'schedule: the clock ended it at its end; operator: ended early' });
