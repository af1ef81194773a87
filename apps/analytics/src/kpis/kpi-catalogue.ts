import { activityKpis } from './definitions/activity-kpis';
import { communityKpis } from './definitions/community-kpis';
import { healthKpis } from './definitions/health-kpis';
import { interactionKpis } from './definitions/interaction-kpis';
import { lifecycleKpis } from './definitions/lifecycle-kpis';
import { membershipKpis } from './definitions/membership-kpis';
import { pointsKpis } from './definitions/points-kpis';
import { retentionKpis } from './definitions/retention-kpis';
import type { KpiDefinition } from './kpi-definition';

/** Every KPI analytics answers, in catalogue order. */
export const kpiCatalogue: readonly KpiDefinition[] = [
  ...membershipKpis,
  ...activityKpis,
  ...interactionKpis,
  ...retentionKpis,
  ...lifecycleKpis,
  ...pointsKpis,
  ...communityKpis,
  ...healthKpis,
];

export function findKpi(id: string): KpiDefinition | undefined {
  return kpiCatalogue.find((kpi) => kpi.id === id);
}
