import { kpiDimensions, ratio, type KpiDefinition, type KpiEvaluation } from '../kpi-definition';
import { crisisAlertHistories, endOfPeriod, raisedIn, severityAt, slaOutcome, type CrisisAlertHistory } from '../moderation/crisis-alerts';

async function perPeriod(input: KpiEvaluation, value: (alerts: CrisisAlertHistory[], end: Date) => number | null): Promise<Array<number | null>> {
  const alerts = crisisAlertHistories(await input.facts.moderationFacts(input.scope, 'crisisAlert', input.asOf));
  return input.periods.map((period) => value(raisedIn(alerts, period), endOfPeriod(period)));
}

const peak = (alerts: CrisisAlertHistory[], indicator: CrisisAlertHistory['indicator']) => {
  const readings = alerts.filter((alert) => alert.indicator === indicator).map((alert) => alert.value);
  return readings.length > 0 ? Math.max(...readings) : null;
};

const fromAlertsOnly =
  'Version 1 reads the crisis alerts the moderation service publishes: its monitors score every message and count watched keywords, but those per-message observations stay inside the service, so analytics sees the reading only when a threshold is crossed. A version that follows the indicator continuously comes when the readings are published.';

export const negativeShare: KpiDefinition = {
  id: 'crisis.negative_share_peak',
  inventoryId: 'KPI-59',
  names: { en: 'Negative-opinion share at alert', zh: '负面舆论占比(预警时)' },
  version: 1,
  formula: 'the highest negative-opinion share (negative messages ÷ all messages in the monitor’s sliding window) that raised a crisis alert in the period',
  window: 'alerts raised in the period; each reading over the monitor’s own sliding window',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition: `The negative-opinion share (KPI-59, MOD-29) as the moderation service’s crisis monitor measured it when it crossed the tenant’s threshold and raised an alert (indicator negative_share). ${fromAlertsOnly} Null when no such alert was raised in the period, which means the share stayed below the threshold.`,
  evaluate: (input) => perPeriod(input, (alerts) => peak(alerts, 'negative_share')),
};

export const keywordSurge: KpiDefinition = {
  id: 'crisis.keyword_surge_peak',
  inventoryId: 'KPI-60',
  names: { en: 'Watched-keyword frequency at alert', zh: '关键词出现频率(预警时)' },
  version: 1,
  formula: 'the highest count of a watched topic’s keywords in the monitor’s sliding window that raised a keyword-surge alert in the period',
  window: 'alerts raised in the period; each count over the monitor’s own sliding window',
  dimensions: kpiDimensions,
  unit: 'count',
  definition: `Watched-keyword frequency (KPI-60, MOD-29) as the crisis monitor counted it when a watched topic surged past its threshold against its baseline and raised an alert (indicator keyword_surge). ${fromAlertsOnly} Null when no keyword surge was raised in the period.`,
  evaluate: (input) => perPeriod(input, (alerts) => peak(alerts, 'keyword_surge')),
};

export const crisisResponseMinutes: KpiDefinition = {
  id: 'crisis.first_response_minutes',
  inventoryId: 'KPI-61',
  names: { en: 'Negative-opinion handling time', zh: '负面舆情处理时效' },
  version: 1,
  formula: 'mean minutes from CrisisAlertRaised to CrisisFirstResponseRecorded, over the alerts raised in the period that have a first official response',
  window: 'alerts raised in the period; their responses whenever recorded (by asOf)',
  dimensions: kpiDimensions,
  unit: 'minutes',
  definition:
    'Handling time of negative public opinion (KPI-61): how long after an alert was raised the first official statement was published, as the moderation service recorded it (responseMinutes). The seeds’ target is 30 minutes (京東, MOD-34). An alert still without a response is left out (see crisis.response_within_sla for those that ran out of time). Null when no alert raised in the period has a response.',
  evaluate: (input) =>
    perPeriod(input, (alerts) => {
      const minutes = alerts.flatMap((alert) => (alert.firstResponse ? [alert.firstResponse.minutes] : []));
      return minutes.length > 0 ? minutes.reduce((sum, value) => sum + value, 0) / minutes.length : null;
    }),
};

export const crisisResponseWithinSla: KpiDefinition = {
  id: 'crisis.response_within_sla',
  inventoryId: 'KPI-61',
  names: { en: 'Crisis responses within SLA', zh: '舆情响应达标率' },
  version: 1,
  formula: 'alerts raised in the period whose first official response came within the response SLA ÷ alerts raised in the period that responded or breached the SLA',
  window: 'alerts raised in the period; outcomes recorded by asOf',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition:
    'The share of crisis alerts answered within their response SLA (KPI-61, MOD-34: 30 minutes by default, per the tenant’s settings). Missed: CrisisSlaBreached was recorded, or the first response came late. An alert still inside its SLA with no response yet has no outcome and is left out, so the figure as of 10:20 for an alert raised at 10:00 is null, not 0 or 1. Null when no alert raised in the period has an outcome.',
  evaluate: (input) =>
    perPeriod(input, (alerts) => {
      const outcomes = alerts.map(slaOutcome).filter((outcome) => outcome !== undefined);
      return ratio(outcomes.filter((outcome) => outcome === 'met').length, outcomes.length);
    }),
};

export const residualRisk: KpiDefinition = {
  id: 'crisis.residual_risk',
  inventoryId: 'KPI-64',
  names: { en: 'Residual crisis risk', zh: '潜在风险' },
  version: 1,
  formula: 'alerts raised in the period still unresolved at its end with severity high or critical ÷ alerts raised in the period',
  window: 'alerts raised in the period; their state at the end of the period (as recorded by asOf)',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition:
    'Residual risk (KPI-64; the seeds aim at 2 % and 15 %): of the crisis alerts raised in the period, the share that are still open at the end of the period with a high or critical severity (as raised, or as escalated since). Version 1 uses crisis alerts because the moderation service keeps its risk register (MOD-47…49) to itself; a version over the register’s likelihood × impact scores comes when it publishes its events. Null when no alert was raised in the period.',
  evaluate: (input) =>
    perPeriod(input, (alerts, end) => {
      const open = alerts.filter((alert) => !alert.resolvedAt || alert.resolvedAt > end);
      const severe = open.filter((alert) => ['high', 'critical'].includes(severityAt(alert, end) ?? ''));
      return ratio(severe.length, alerts.length);
    }),
};

export const crisisKpis = [negativeShare, keywordSurge, crisisResponseMinutes, crisisResponseWithinSla, residualRisk];
