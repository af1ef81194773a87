import { memberLifecycleStageSchema, type MemberLifecycleStage } from '@groundswell/events';
import { kpiDimensions, ratio, type KpiDefinition } from '../kpi-definition';
import { endOf, latestStatuses, openMemberships } from '../members/member-state';
import { membershipSeries } from './membership-series';

const stageNames: Record<MemberLifecycleStage, { en: string; zh: string }> = {
  new: { en: 'new', zh: '新手' },
  active: { en: 'active', zh: '活躍' },
  core: { en: 'core', zh: '核心' },
  koc: { en: 'KOC', zh: 'KOC' },
  dormant: { en: 'dormant', zh: '沉睡' },
  churned: { en: 'churned', zh: '流失' },
};

function stageMembers(stage: MemberLifecycleStage): KpiDefinition {
  return {
    id: `lifecycle.stage.${stage}`,
    inventoryId: 'MEM-12',
    names: { en: `Members in the ${stageNames[stage].en} stage`, zh: `${stageNames[stage].zh}階段成員數` },
    version: 1,
    formula: `count(memberships still open at the end of the period whose latest MemberLifecycleStageChanged.to is “${stage}”${stage === 'new' ? ', or that never changed stage' : ''})`,
    window: 'a snapshot at the end of each period’s last UTC day',
    dimensions: kpiDimensions,
    unit: 'members',
    definition: `One column of the lifecycle-stage distribution (new → active → core → KOC while engaged; dormant → churned when activity stops): the memberships in the “${stage}” stage at the end of the period, by the latest stage change that happened by then. A membership starts in “new”, so members whose stage never changed count as new. Memberships, not people: merged members are not de-duplicated here.`,
    evaluate: async ({ scope, periods, asOf, facts }) => {
      if (periods.length === 0) return [];
      const [stages, changes] = await Promise.all([facts.lifecycleChanges(scope, asOf), facts.membershipChanges(scope, periods.at(-1)!.end, asOf)]);
      return periods.map((period) => {
        const latest = latestStatuses(stages, endOf(period.end));
        return [...openMemberships(changes, period.end)].filter((key) => (latest.get(key)?.status ?? 'new') === stage).length;
      });
    },
  };
}

function stageMovementRate(cause: 'promotion' | 'demotion', en: string, zh: string): KpiDefinition {
  return {
    id: `lifecycle.${cause}_rate`,
    inventoryId: 'MEM-12',
    names: { en, zh },
    version: 1,
    formula: `count(MemberLifecycleStageChanged with cause “${cause}”) in the period ÷ members at the start of the period`,
    window: 'the period: a UTC day, ISO week or calendar month, by granularity',
    dimensions: kpiDimensions,
    unit: 'ratio',
    definition: `How much the lifecycle moved ${cause === 'promotion' ? 'up' : 'down'}: stage changes the tenant’s rules made as a ${cause} in the period (operator overrides are neither), counted on the UTC day they happened, over the members at the start of the period (members.total the day before). Null when the period started with no members.`,
    evaluate: async (input) => {
      if (input.periods.length === 0) return [];
      const [stages, members] = await Promise.all([input.facts.lifecycleChanges(input.scope, input.asOf), membershipSeries(input)]);
      return input.periods.map((period, index) => {
        const [from, to] = [endOf(period.start).getTime() - 86_400_000, endOf(period.end).getTime()];
        const moves = stages.filter((change) => change.cause === cause && change.at.getTime() >= from && change.at.getTime() < to).length;
        return ratio(moves, members[index]!.opening);
      });
    },
  };
}

export const promotionRate = stageMovementRate('promotion', 'Lifecycle promotion rate', '生命周期晉升率');
export const demotionRate = stageMovementRate('demotion', 'Lifecycle demotion rate', '生命周期降級率');

export const lifecycleKpis = [...memberLifecycleStageSchema.options.map(stageMembers), promotionRate, demotionRate];
