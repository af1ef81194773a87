import { activityKpis } from './definitions/activity-kpis';
import { budgetKpis } from './definitions/budget-kpis';
import { campaignKpis } from './definitions/campaign-kpis';
import { commerceKpis } from './definitions/commerce-kpis';
import { communityKpis } from './definitions/community-kpis';
import { contentKpis } from './definitions/content-kpis';
import { crisisKpis } from './definitions/crisis-kpis';
import { healthKpis } from './definitions/health-kpis';
import { interactionKpis } from './definitions/interaction-kpis';
import { lifecycleKpis } from './definitions/lifecycle-kpis';
import { membershipKpis } from './definitions/membership-kpis';
import { moderationKpis } from './definitions/moderation-kpis';
import { pointsKpis } from './definitions/points-kpis';
import { retentionKpis } from './definitions/retention-kpis';
import type { KpiDefinition } from './kpi-definition';
import { supersededKpis } from './superseded-kpis';

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
  ...moderationKpis,
  ...crisisKpis,
  ...commerceKpis,
  ...campaignKpis,
  ...budgetKpis,
  ...contentKpis,
];

/** The current definition of a KPI, or the given version of it (current or superseded). */
export function findKpi(id: string, version?: number | null): KpiDefinition | undefined {
  const current = kpiCatalogue.find((kpi) => kpi.id === id);
  if (version == null || current?.version === version) return current;
  return supersededKpis.find((kpi) => kpi.id === id && kpi.version === version);
}
