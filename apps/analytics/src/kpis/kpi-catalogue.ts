import { activityKpis } from './definitions/activity-kpis';
import { membershipKpis } from './definitions/membership-kpis';
import type { KpiDefinition } from './kpi-definition';

/** Every KPI analytics answers, in catalogue order. */
export const kpiCatalogue: readonly KpiDefinition[] = [...membershipKpis, ...activityKpis];

export function findKpi(id: string): KpiDefinition | undefined {
  return kpiCatalogue.find((kpi) => kpi.id === id);
}
