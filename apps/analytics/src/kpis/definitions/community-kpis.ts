import { dayOf } from '../calendar';
import { kpiDimensions, ratio, type KpiDefinition } from '../kpi-definition';

const msPerDay = 86_400_000;

function failureWithin(days: number, id: string, en: string, zh: string): KpiDefinition {
  return {
    id,
    inventoryId: 'KPI-35',
    names: { en, zh },
    version: 1,
    formula: `communities created in the period that became dormant or archived less than ${days} days after creation ÷ communities created in the period`,
    window: `cohort: communities whose CommunityCreated happened in the period; outcome: the ${days} days after each creation`,
    dimensions: kpiDimensions,
    unit: 'ratio',
    definition: `Community lifecycle (KPI-35) as a survival rate: of the communities created in the period, the share whose first CommunityStatusChanged to dormant or archived happened within ${days} days of their CommunityCreated (the seeds: 60 % go dormant within 3 months, 90 % fail within 6). Dormancy is what the members service records (an operator or its rules setting the status), not an activity threshold computed here. A community that was revived later still counts as failed. Null when no community was created in the period.`,
    evaluate: async ({ scope, periods, asOf, facts }) => {
      const changes = await facts.communityStatusChanges(scope, asOf);
      const created = new Map<string, Date>();
      for (const change of changes) {
        if (change.status !== 'created') continue;
        const known = created.get(change.communityId);
        if (!known || change.at < known) created.set(change.communityId, change.at);
      }
      const failed = new Set(
        changes
          .filter((change) => change.status === 'dormant' || change.status === 'archived')
          .filter((change) => {
            const at = created.get(change.communityId);
            return at !== undefined && change.at >= at && change.at.getTime() - at.getTime() < days * msPerDay;
          })
          .map((change) => change.communityId),
      );
      return periods.map((period) => {
        const cohort = [...created].filter(([, at]) => dayOf(at) >= period.start && dayOf(at) <= period.end).map(([community]) => community);
        return ratio(cohort.filter((community) => failed.has(community)).length, cohort.length);
      });
    },
  };
}

export const communityFailure90 = failureWithin(90, 'community.failed_within_90_days', 'Communities dormant within 90 days', '90天内沉寂社群占比');
export const communityFailure180 = failureWithin(180, 'community.failed_within_180_days', 'Communities dormant within 180 days', '180天内沉寂社群占比');

export const communityKpis = [communityFailure90, communityFailure180];
