import { kpiDimensions, type KpiDefinition } from '../kpi-definition';
import { activityRate } from './activity-kpis';
import { churnRate, churnRiskShare } from './retention-kpis';

/** Weights of the community-health index, version 1; they sum to 1. */
export const communityHealthWeights = { activity: 0.5, retention: 0.3, safety: 0.2 } as const;

const clamp = (value: number) => Math.min(1, Math.max(0, value));

export const communityHealth: KpiDefinition = {
  id: 'community.health',
  inventoryId: 'KPI-68',
  names: { en: 'Community health', zh: '社群健康度' },
  version: 1,
  formula: '0.5 × min(1, activity rate) + 0.3 × (1 − min(1, churn rate)) + 0.2 × (1 − churn-risk share), each at the end of the period',
  window: 'the period: activity over the 30 days ending on its last day, churn over the period, risk at its end',
  dimensions: kpiDimensions,
  unit: 'score',
  definition:
    'A 0-to-1 index of how healthy a community is, from what the members service knows today. Weights (version 1): activity 0.5 — activity.rate (KPI-07), capped at 1; retention 0.3 — one minus retention.churn_rate (KPI-33) of the period, floored at 0; safety 0.2 — one minus retention.churn_risk_share (KPI-37). A community with 85 % activity, 8 % churn and 5 % at risk scores 0.5×0.85 + 0.3×0.92 + 0.2×0.95 = 0.891. The seeds’ “avoid spreading negative information” (negative-opinion share, violation rate) joins as a new version when moderation events exist. Null when any part is undefined (no members, or none at the start of the period).',
  evaluate: async (input) => {
    const [activity, churn, risk] = await Promise.all([activityRate.evaluate(input), churnRate.evaluate(input), churnRiskShare.evaluate(input)]);
    return activity.map((rate, index) => {
      const [churned, atRisk] = [churn[index], risk[index]];
      if (rate == null || churned == null || atRisk == null) return null;
      const { activity: a, retention: r, safety: s } = communityHealthWeights;
      return a * clamp(rate) + r * (1 - clamp(churned)) + s * (1 - clamp(atRisk));
    });
  },
};

export const healthKpis = [communityHealth];
