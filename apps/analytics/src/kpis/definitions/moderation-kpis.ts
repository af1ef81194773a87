import { dayOf } from '../calendar';
import { kpiDimensions, ratio, type KpiDefinition } from '../kpi-definition';
import type { ModerationFactRecord } from '../kpi-facts';
import { inPeriod } from '../moderation/crisis-alerts';

export type CaseDecision = ModerationFactRecord<'case'> & { change: 'approved' | 'rejected' };

/** Each case's final decision as recorded by asOf (a case is decided once; should a later decision exist, it wins). */
export function finalDecisions(changes: ReadonlyArray<ModerationFactRecord<'case'>>): Map<string, CaseDecision> {
  const decisions = new Map<string, CaseDecision>();
  for (const change of changes) if (change.change === 'approved' || change.change === 'rejected') decisions.set(change.caseId, change as CaseDecision);
  return decisions;
}

const decidedCasesNote =
  'Counted over the review cases the moderation service decided in the period — texts its screening sent to review and items members reported — because the content service does not publish ContentPublished yet; a version with all published items as the denominator comes with it.';

function caseRate(matches: (decision: CaseDecision) => boolean): KpiDefinition['evaluate'] {
  return async ({ scope, periods, asOf, facts }) => {
    const decisions = [...finalDecisions(await facts.moderationFacts(scope, 'case', asOf)).values()];
    return periods.map((period) => {
      const decided = decisions.filter((decision) => inPeriod(dayOf(decision.at), period));
      return ratio(decided.filter(matches).length, decided.length);
    });
  };
}

export const violationRate: KpiDefinition = {
  id: 'moderation.violation_rate',
  inventoryId: 'KPI-62',
  names: { en: 'Content violation rate', zh: '内容违规率' },
  version: 1,
  formula: 'review cases decided in the period as violations (rejected) ÷ review cases decided in the period',
  window: 'cases whose final decision happened in the period',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition: `Content violation rate (KPI-62; 小紅書 aims at 3 %): of the items reviewed, the share a reviewer confirmed as violating the rules, at whatever review level the case was finally decided. ${decidedCasesNote} Null when no case was decided in the period.`,
  evaluate: caseRate((decision) => decision.change === 'rejected'),
};

export const complianceRate: KpiDefinition = {
  id: 'moderation.compliance_rate',
  inventoryId: 'KPI-63',
  names: { en: 'Content compliance rate', zh: '内容合规率' },
  version: 1,
  formula: 'review cases approved at the first review level ÷ review cases decided in the period',
  window: 'cases whose final decision happened in the period',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition: `Content compliance rate (KPI-63; 抖音 aims at 95 %) in the seeds’ second reading, items passing first review ÷ items submitted: a case approved at level 1 passed first review; a case escalated and approved higher up did not, nor did a rejected one. So it is not 1 − violation rate: S9 has 3 % violations and 95 % compliance. ${decidedCasesNote} Null when no case was decided in the period.`,
  evaluate: caseRate((decision) => decision.change === 'approved' && decision.level === 1),
};

export const reportsFiled: KpiDefinition = {
  id: 'moderation.reports',
  inventoryId: 'KPI-65',
  names: { en: 'User reports', zh: '用户举报数' },
  version: 1,
  formula: 'ReportFiled events in the period',
  window: 'the period',
  dimensions: kpiDimensions,
  unit: 'count',
  definition:
    'User reports (KPI-65, MOD-20): how many reports members and operators filed against a content item, a message or a member. Several reports on one target join one case but each counts here. Reports per 1,000 items wait for ContentPublished. A report about a target with no known community counts for the whole tenant only.',
  evaluate: async ({ scope, periods, asOf, facts }) => {
    const reports = await facts.moderationFacts(scope, 'report', asOf);
    return periods.map((period) => reports.filter((report) => inPeriod(dayOf(report.at), period)).length);
  },
};

export const reportsUpheld: KpiDefinition = {
  id: 'moderation.report_uphold_rate',
  inventoryId: 'KPI-65',
  names: { en: 'Reports upheld', zh: '举报成立率' },
  version: 1,
  formula: 'reports filed in the period whose case was decided a violation ÷ reports filed in the period whose case was decided',
  window: 'reports filed in the period; their cases’ decisions whenever recorded (by asOf)',
  dimensions: kpiDimensions,
  unit: 'ratio',
  definition:
    'The share of user reports that proved right (KPI-65): the case a report joined or opened was decided as a violation (rejected). Reports on a case still in the queue are left out until it is decided. Null when no report of the period has a decided case.',
  evaluate: async ({ scope, periods, asOf, facts }) => {
    const [reports, changes] = await Promise.all([facts.moderationFacts(scope, 'report', asOf), facts.moderationFacts({ tenantId: scope.tenantId }, 'case', asOf)]);
    const decisions = finalDecisions(changes);
    return periods.map((period) => {
      const decided = reports.filter((report) => inPeriod(dayOf(report.at), period) && decisions.has(report.caseId));
      return ratio(decided.filter((report) => decisions.get(report.caseId)!.change === 'rejected').length, decided.length);
    });
  },
};

export const sanctionsApplied: KpiDefinition = {
  id: 'moderation.sanctions',
  inventoryId: 'MOD-12',
  names: { en: 'Sanctions applied', zh: '处罚次数' },
  version: 1,
  formula: 'SanctionApplied events in the period, every kind (warning, content deletion, mute, removal, ban)',
  window: 'the period',
  dimensions: kpiDimensions,
  unit: 'count',
  definition:
    'How often the sanction ladder (MOD-12, MOD-13) was used, escalations by the tenant’s policy included; a sanction later lifted on appeal still counts. A tenant-wide ban belongs to no community, so it counts for the whole tenant only.',
  evaluate: async ({ scope, periods, asOf, facts }) => {
    const applied = (await facts.moderationFacts(scope, 'sanction', asOf)).filter((sanction) => sanction.change === 'applied');
    return periods.map((period) => applied.filter((sanction) => inPeriod(dayOf(sanction.at), period)).length);
  },
};

export const appealsUpheld: KpiDefinition = {
  id: 'moderation.appeal_uphold_rate',
  inventoryId: 'MOD-14',
  names: { en: 'Appeals upheld', zh: '申诉成立率' },
  version: 1,
  formula: 'appeals decided upheld in the period ÷ appeals decided in the period',
  window: 'appeals decided in the period',
  dimensions: ['tenant'],
  unit: 'ratio',
  definition:
    'How often a second moderator found a sanction wrong on appeal (MOD-14): a high share says first decisions need a look. Appeal events name no community, so this is answered per tenant only. Null when no appeal was decided in the period.',
  evaluate: async ({ scope, periods, asOf, facts }) => {
    const decided = (await facts.moderationFacts(scope, 'appeal', asOf)).filter((appeal) => appeal.change !== 'filed');
    return periods.map((period) => {
      const inside = decided.filter((appeal) => inPeriod(dayOf(appeal.at), period));
      return ratio(inside.filter((appeal) => appeal.change === 'upheld').length, inside.length);
    });
  },
};

export const moderationKpis = [violationRate, complianceRate, reportsFiled, reportsUpheld, sanctionsApplied, appealsUpheld];
