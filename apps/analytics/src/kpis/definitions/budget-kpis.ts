import { dayOf, type Period } from '../calendar';
import { campaignWeight, reportingCurrency, type CampaignLedger, type CampaignState } from '../campaigns/campaign-ledger';
import { campaignLedgerOf } from '../campaigns/campaign-periods';
import { inPeriod } from '../moderation/crisis-alerts';
import { ratio, type KpiDefinition, type KpiDimension } from '../kpi-definition';
import type { KpiScope } from '../kpi-facts';

const budgetDimensions: readonly KpiDimension[] = ['tenant', 'community', 'campaign'];
const budgetCategories = ['platform', 'content', 'event', 'promotion', 'rewards', 'technology', 'other'] as const;
type BudgetCategory = (typeof budgetCategories)[number];

const budgetNote =
  'Budgets are the plans’ budget lines (the reserve is not spent, so it is left out), as planned by asOf, of campaigns that were scheduled or started, counted in the period their schedule starts. A campaign run in several communities puts an equal part of its budget in each. Version 1 reads planned budgets: the campaigns service records no actual spend yet. Budgets in a currency other than CNY are left out.';

/** Budgeted campaigns in scope starting in the period, with the part of each that belongs to the scope. */
function budgeted(ledger: CampaignLedger, scope: KpiScope, period: Period): Array<{ campaign: CampaignState; weight: number; lines: Map<string, number> }> {
  return [...ledger.campaigns.values()]
    .filter((campaign) => campaign.committed && campaign.plan.budget?.currency === reportingCurrency && inPeriod(dayOf(campaign.plan.startsAt), period))
    .map((campaign) => ({ campaign, weight: campaignWeight(scope, campaign), lines: new Map<string, number>(campaign.plan.budget!.lines.map((line) => [line.category, line.amountMinor])) }))
    .filter(({ weight }) => weight > 0);
}

const linesTotal = (lines: Map<string, number>) => [...lines.values()].reduce((sum, amount) => sum + amount, 0);

/** CMP-28: a campaign is costed at its dearest region's percentage of the base budget (tier-1 cities 150 %); 100 % without any. */
const regionalFactor = (campaign: CampaignState) => Math.max(100, ...(campaign.plan.budget?.regionalMultipliers ?? []).map((entry) => entry.percent)) / 100;

/** The operating cost in the scope of the campaigns starting in the period, in fen. */
const operatingCostIn = (ledger: CampaignLedger, scope: KpiScope, period: Period) =>
  budgeted(ledger, scope, period).reduce((sum, { campaign, weight, lines }) => sum + weight * linesTotal(lines) * regionalFactor(campaign), 0);

function budgetShare(category: BudgetCategory): KpiDefinition {
  return {
    id: `budget.share_${category}`,
    inventoryId: 'KPI-72',
    names: { en: `Budget share: ${category}`, zh: `预算占比：${{ platform: '平台建设', content: '内容制作', event: '活动执行', promotion: '推广', rewards: '奖励', technology: '技术', other: '其他' }[category]}` },
    version: 1,
    formula: `budget lines of category ${category} ÷ all budget lines, campaigns starting in the period`,
    window: 'campaigns whose schedule starts in the period',
    dimensions: budgetDimensions,
    unit: 'ratio',
    definition: `Budget allocation (KPI-72, CMP-46; the seeds' demo split is platform 35 %, content 40 %, events 25 %, S11) for the ${category} category, before regional multipliers (they scale every line alike). ${budgetNote} Null when nothing was budgeted.`,
    evaluate: async (input) => {
      const ledger = await campaignLedgerOf(input);
      return input.periods.map((period) => {
        const parts = budgeted(ledger, input.scope, period);
        const of = (lines: Map<string, number>, weight: number, wanted?: string) => weight * (wanted ? (lines.get(wanted) ?? 0) : linesTotal(lines));
        return ratio(parts.reduce((sum, { lines, weight }) => sum + of(lines, weight, category), 0), parts.reduce((sum, { lines, weight }) => sum + of(lines, weight), 0));
      });
    },
  };
}

export const operatingCost: KpiDefinition = {
  id: 'budget.operating_cost',
  inventoryId: 'KPI-73',
  names: { en: 'Operating cost', zh: '运营成本' },
  version: 1,
  formula: 'budget lines × the dearest regional multiplier (100 % without one), campaigns starting in the period',
  window: 'campaigns whose schedule starts in the period',
  dimensions: budgetDimensions,
  unit: 'money',
  definition: `Operating cost (KPI-73) with the regional multiplier (CMP-28: tier-1 cities cost 50 % more, S11). A campaign naming several regions is costed at the dearest, since where its spend lands is not recorded. Per community: the community's part of each campaign. ${budgetNote} In minor units of CNY (fen).`,
  evaluate: async (input) => {
    const ledger = await campaignLedgerOf(input);
    return input.periods.map((period) => operatingCostIn(ledger, input.scope, period));
  },
};

export const acquisitionCost: KpiDefinition = {
  id: 'budget.acquisition_cost',
  inventoryId: 'KPI-74',
  names: { en: 'Acquisition cost', zh: '获客成本' },
  version: 1,
  formula: 'operating cost of the campaigns starting in the period ÷ members those campaigns brought in (MemberJoined naming the campaign), by asOf',
  window: 'cohort: campaigns whose schedule starts in the period; their acquisitions whenever recorded (by asOf)',
  dimensions: budgetDimensions,
  unit: 'money',
  definition: `Acquisition cost per new member (KPI-74, CMP-50), over the members service's joins that name the campaign that brought the member (acquisition.campaignId). The cost and the members it bought belong to the same campaigns, so a campaign's late joiners lower its cost per member as they arrive. Per community: its part of the cost ÷ the members acquired into it. ${budgetNote} In minor units of CNY (fen); null when the campaigns acquired nobody.`,
  evaluate: async (input) => {
    const ledger = await campaignLedgerOf(input);
    return input.periods.map((period) => {
      const campaigns = new Set(budgeted(ledger, input.scope, period).map(({ campaign }) => campaign.campaignId));
      const acquired = new Set(
        ledger.acquisitions
          .filter((acquisition) => campaigns.has(acquisition.campaignId) && (!input.scope.communityId || acquisition.communityId === input.scope.communityId))
          .map((acquisition) => `${acquisition.campaignId}/${acquisition.memberId}`),
      );
      return ratio(operatingCostIn(ledger, input.scope, period), acquired.size);
    });
  },
};

export const budgetKpis = [...budgetCategories.map(budgetShare), operatingCost, acquisitionCost];
