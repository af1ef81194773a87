import { dayOf } from '../calendar';
import { kpiDimensions, type KpiDefinition } from '../kpi-definition';
import { crisisAlertHistories, inPeriod, raisedIn } from '../moderation/crisis-alerts';
import { activityRate } from './activity-kpis';
import { finalDecisions } from './moderation-kpis';
import { churnRate, churnRiskShare } from './retention-kpis';

/** Weights of the community-health index, version 1; they sum to 1. */
export const communityHealthWeightsV1 = { activity: 0.5, retention: 0.3, safety: 0.2 } as const;

/** Weights of version 2, which adds conduct from the moderation service's events; they sum to 1. */
export const communityHealthWeights = { activity: 0.4, retention: 0.25, safety: 0.15, conduct: 0.2 } as const;

/** What one negative-opinion crisis alert raised in the period takes off conduct. */
export const negativeAlertPenalty = 0.25;

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Version 1, superseded by version 2 (conduct); still answerable with version: 1. */
export const communityHealthV1: KpiDefinition = {
  id: 'community.health',
  inventoryId: 'KPI-68',
  names: { en: 'Community health', zh: '社群健康度' },
  version: 1,
  formula: '0.5 × min(1, activity rate) + 0.3 × (1 − min(1, churn rate)) + 0.2 × (1 − churn-risk share), each at the end of the period',
  window: 'the period: activity over the 30 days ending on its last day, churn over the period, risk at its end',
  dimensions: kpiDimensions,
  unit: 'score',
  definition:
    'A 0-to-1 index of how healthy a community is, from what the members service knows today. Weights (version 1): activity 0.5 — activity.rate (KPI-07), capped at 1; retention 0.3 — one minus retention.churn_rate (KPI-33) of the period, floored at 0; safety 0.2 — one minus retention.churn_risk_share (KPI-37). A community with 85 % activity, 8 % churn and 5 % at risk scores 0.5×0.85 + 0.3×0.92 + 0.2×0.95 = 0.891. Superseded by version 2, which adds conduct from moderation events. Null when any part is undefined (no members, or none at the start of the period).',
  evaluate: async (input) => {
    const [activity, churn, risk] = await Promise.all([activityRate.evaluate(input), churnRate.evaluate(input), churnRiskShare.evaluate(input)]);
    return activity.map((rate, index) => {
      const [churned, atRisk] = [churn[index], risk[index]];
      if (rate == null || churned == null || atRisk == null) return null;
      const { activity: a, retention: r, safety: s } = communityHealthWeightsV1;
      return a * clamp(rate) + r * (1 - clamp(churned)) + s * (1 - clamp(atRisk));
    });
  },
};

/**
 * Conduct of a period, 0 to 1: one minus the violation rate of the review cases decided in it (none
 * decided: no violation known), less a penalty per negative-opinion crisis alert raised in it.
 */
const conduct: KpiDefinition['evaluate'] = async ({ scope, periods, asOf, facts }) => {
  const [cases, alertSteps] = await Promise.all([facts.moderationFacts(scope, 'case', asOf), facts.moderationFacts(scope, 'crisisAlert', asOf)]);
  const decisions = [...finalDecisions(cases).values()];
  const alerts = crisisAlertHistories(alertSteps).filter((alert) => alert.indicator === 'negative_share');
  return periods.map((period) => {
    const decided = decisions.filter((decision) => inPeriod(dayOf(decision.at), period));
    const violations = decided.length === 0 ? 0 : decided.filter((decision) => decision.change === 'rejected').length / decided.length;
    return clamp(1 - violations - negativeAlertPenalty * raisedIn(alerts, period).length);
  });
};

export const communityHealth: KpiDefinition = {
  ...communityHealthV1,
  version: 2,
  formula:
    '0.4 × min(1, activity rate) + 0.25 × (1 − min(1, churn rate)) + 0.15 × (1 − churn-risk share) + 0.2 × conduct, where conduct = max(0, 1 − violation rate − 0.25 × negative-opinion alerts raised)',
  window: 'the period: activity over the 30 days ending on its last day, churn, violations and alerts over the period, risk at its end',
  definition:
    'A 0-to-1 index of how healthy a community is. Version 2 adds what the seeds ask of a healthy community beyond activity — rules kept and no negative information spreading — from the moderation service’s events. Weights: activity 0.4 (activity.rate, KPI-07, capped at 1); retention 0.25 (one minus retention.churn_rate, KPI-33); safety 0.15 (one minus retention.churn_risk_share, KPI-37); conduct 0.2 — one minus moderation.violation_rate (KPI-62) of the period (0 when no case was decided), less 0.25 for each negative-opinion crisis alert (KPI-59) raised in the period, floored at 0. A community with 85 % activity, 8 % churn, 5 % at risk, 3 % violations and no alert scores 0.4×0.85 + 0.25×0.92 + 0.15×0.95 + 0.2×0.97 = 0.9065. Null when activity, churn or risk is undefined (no members, or none at the start of the period). Version 1 (without conduct) stays answerable.',
  evaluate: async (input) => {
    const [activity, churn, risk, conducts] = await Promise.all([activityRate.evaluate(input), churnRate.evaluate(input), churnRiskShare.evaluate(input), conduct(input)]);
    return activity.map((rate, index) => {
      const [churned, atRisk, behaved] = [churn[index], risk[index], conducts[index]];
      if (rate == null || churned == null || atRisk == null || behaved == null) return null;
      const { activity: a, retention: r, safety: s, conduct: c } = communityHealthWeights;
      return a * clamp(rate) + r * (1 - clamp(churned)) + s * (1 - clamp(atRisk)) + c * behaved;
    });
  },
};

export const healthKpis = [communityHealth];
