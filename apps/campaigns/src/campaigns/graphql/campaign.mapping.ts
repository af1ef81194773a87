import type { CampaignRecord } from '../campaign.queries';
import type { CampaignPlan } from '../campaign.values';
import type { CampaignPlanInput } from './campaign-plan.types';
import type { Campaign } from './campaign.types';

/** The plan a command carries: instants as ISO strings, optional parts explicit. */
export function planFrom(input: CampaignPlanInput): CampaignPlan {
  return {
    name: input.name,
    goal: { objective: input.goal.objective, targets: input.goal.targets.map(({ metric, value }) => ({ metric, value })) },
    communityIds: input.communityIds,
    segmentId: input.segmentId ?? null,
    schedule: { startsAt: input.schedule.startsAt.toISOString(), endsAt: input.schedule.endsAt.toISOString(), timeZone: input.schedule.timeZone },
    channels: input.channels ?? [],
    coHosts: (input.coHosts ?? []).map(({ kind, name }) => ({ kind, name })),
    milestones: (input.milestones ?? []).map((milestone) => ({ ...milestone, dueAt: milestone.dueAt.toISOString() })),
    budget: input.budget
      ? {
          currency: input.budget.currency,
          lines: input.budget.lines.map(({ category, amountMinor }) => ({ category, amountMinor })),
          reserveMinor: input.budget.reserveMinor,
          regionalMultipliers: input.budget.regionalMultipliers.map(({ region, percent }) => ({ region, percent })),
        }
      : null,
  };
}

/** The read model row as the API shows it. */
export function campaignView(record: CampaignRecord): Campaign {
  const { plan } = record;
  return {
    ...record,
    name: plan.name,
    goal: plan.goal,
    communityIds: plan.communityIds,
    segmentId: plan.segmentId,
    schedule: { startsAt: new Date(plan.schedule.startsAt), endsAt: new Date(plan.schedule.endsAt), timeZone: plan.schedule.timeZone },
    channels: plan.channels,
    coHosts: plan.coHosts,
    milestones: plan.milestones.map((milestone) => ({ ...milestone, dueAt: new Date(milestone.dueAt) })),
    budget: plan.budget,
  };
}
