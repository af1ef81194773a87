import type { Period } from '../calendar';
import { creditInScope, type CampaignLedger, type Sale } from '../campaigns/campaign-ledger';
import { byEndOf, campaignLedgerOf, inReportingCurrency, isConversion, isOrder, participationInScope, previousPeriod, runningIn, sumNet, within } from '../campaigns/campaign-periods';
import { ratio, type KpiDefinition, type KpiDimension, type KpiEvaluation } from '../kpi-definition';
import type { KpiScope } from '../kpi-facts';

export const campaignDimensions: readonly KpiDimension[] = ['tenant', 'community', 'campaign', 'channel'];

const attribution =
  'A conversion belongs to the campaign its last-touch attribution (the newest model version) credits, and to the community and promotion channel the member joined that campaign through (a campaign run in one community places it there even without a join). Without a campaign, community or channel filter every conversion of the tenant counts, attributed or not.';
const refunds = 'Refunds and cancellations recorded by asOf reduce the amount of the order they belong to, on the day the order happened, so a fully refunded order is no longer counted.';
const money = 'In minor units of CNY (fen: 13200 is ¥132.00); conversions in another currency are left out of money figures.';

type Evaluate = KpiDefinition['evaluate'];

/** Sales in the scope that happened in the period and pass `keep`. */
const salesIn = (ledger: CampaignLedger, scope: KpiScope, period: Period, keep: (sale: Sale) => boolean) =>
  ledger.sales.filter((sale) => keep(sale) && within(sale.at, period) && creditInScope(scope, sale.credit));

const orders = (ledger: CampaignLedger, scope: KpiScope, period: Period) => salesIn(ledger, scope, period, (sale) => isOrder(sale) && inReportingCurrency(sale));

function perPeriod(value: (ledger: CampaignLedger, scope: KpiScope, period: Period) => number | null): Evaluate {
  return async (input) => {
    const ledger = await campaignLedgerOf(input);
    return input.periods.map((period) => value(ledger, input.scope, period));
  };
}

function buyerSpend(sales: readonly Sale[]): Map<string, { orders: number; spend: number }> {
  const buyers = new Map<string, { orders: number; spend: number }>();
  for (const sale of sales) {
    const buyer = buyers.get(sale.memberId) ?? { orders: 0, spend: 0 };
    buyer.orders += 1;
    buyer.spend += sale.netMinor;
    buyers.set(sale.memberId, buyer);
  }
  return buyers;
}

/** Members who joined a campaign in scope running in the period (by its end) and converted in it. */
function conversionRate(campaignKind?: string, throughChannel = false): Evaluate {
  return perPeriod((ledger, scope, period) => {
    const kindMatches = (campaignId: string) => !campaignKind || ledger.campaigns.get(campaignId)?.campaignKind === campaignKind;
    const reached = new Set(
      ledger.participations
        .filter((participation) => participation.action === 'joined' && participationInScope(scope, participation) && byEndOf(participation.at, period))
        .filter((participation) => runningIn(ledger.campaigns.get(participation.campaignId), period) && kindMatches(participation.campaignId))
        .filter((participation) => !throughChannel || participation.channel !== null)
        .map((participation) => participation.memberId),
    );
    const needsCredit = !!campaignKind || throughChannel;
    const converted = new Set(
      salesIn(ledger, scope, period, isConversion)
        .filter((sale) => !needsCredit || (sale.credit && kindMatches(sale.credit.campaignId) && (!throughChannel || sale.credit.channel !== null)))
        .map((sale) => sale.memberId),
    );
    return ratio([...reached].filter((member) => converted.has(member)).length, reached.size);
  });
}

const rateNote = `Reached members are those who joined (CampaignJoined) a campaign in scope whose schedule overlaps the period, by the period's end; the campaigns service publishes no impressions, so reach is participation. ${attribution} ${refunds} Null when nobody was reached.`;

export const conversionRateKpi: KpiDefinition = {
  id: 'commerce.conversion_rate',
  inventoryId: 'KPI-38',
  names: { en: 'Conversion rate', zh: '转化率' },
  version: 1,
  formula: 'reached members with a purchase, reservation or subscription in the period ÷ reached members',
  window: 'conversions in the period; members who joined a campaign running in the period, by its end',
  dimensions: campaignDimensions,
  unit: 'ratio',
  definition: `Purchase and reservation conversion (KPI-38; 網易嚴選's community commerce converts 28 %, S6): of the members a campaign reached, the share who became customers in the period. A lead is not a conversion here (commerce.leads counts them). ${rateNote}`,
  evaluate: conversionRate(),
};

export const liveStreamConversion: KpiDefinition = {
  id: 'commerce.live_stream_conversion',
  inventoryId: 'KPI-39',
  names: { en: 'Live-stream conversion', zh: '直播转化率' },
  version: 1,
  formula: 'viewers (members who joined a live-stream campaign) with a conversion credited to a live-stream campaign in the period ÷ viewers',
  window: 'conversions in the period; viewers of live streams running in the period',
  dimensions: campaignDimensions,
  unit: 'ratio',
  definition: `Live-stream conversion (KPI-39): the conversion rate of campaigns of kind live_stream, where joining the stream is what makes a viewer; only conversions attributed to a live-stream campaign count. ${rateNote}`,
  evaluate: conversionRate('live_stream'),
};

export const channelConversion: KpiDefinition = {
  id: 'commerce.channel_conversion',
  inventoryId: 'KPI-40',
  names: { en: 'Channel conversion', zh: '渠道转化率' },
  version: 1,
  formula: 'members who joined through a promotion channel and converted through one in the period ÷ members who joined through a promotion channel',
  window: 'conversions in the period; joins by the period end to campaigns running in it',
  dimensions: campaignDimensions,
  unit: 'ratio',
  definition: `Ad and channel conversion (KPI-40, KPI-71): the conversion rate of members whose join names a promotion channel (announcement, push, partner channel, KOL, paid ads, live stream, offline); filter by channel to compare channels. Clicks are not published, so joins are the denominator. ${rateNote}`,
  evaluate: conversionRate(undefined, true),
};

export const highValueShare: KpiDefinition = {
  id: 'commerce.high_value_share',
  inventoryId: 'KPI-41',
  names: { en: 'High-value buyer share', zh: '高价值用户占比' },
  version: 1,
  formula: 'buyers whose net spend in the period is at least twice the mean spend per buyer ÷ buyers',
  window: 'orders (purchases, subscriptions) in the period',
  dimensions: campaignDimensions,
  unit: 'ratio',
  definition: `High-value user share (KPI-41): the share of buyers spending at least twice what the average buyer spent in the period. A relative threshold keeps the figure comparable across tenants and currencies' price levels; a top-percentile rule would be that percentile by construction. ${attribution} ${refunds} Null without buyers.`,
  evaluate: perPeriod((ledger, scope, period) => {
    const buyers = [...buyerSpend(orders(ledger, scope, period)).values()];
    const mean = buyers.reduce((sum, buyer) => sum + buyer.spend, 0) / buyers.length;
    return ratio(buyers.filter((buyer) => buyer.spend >= 2 * mean).length, buyers.length);
  }),
};

export const repurchaseRate: KpiDefinition = {
  id: 'commerce.repurchase_rate',
  inventoryId: 'KPI-42',
  names: { en: 'Repurchase rate', zh: '复购率' },
  version: 1,
  formula: 'buyers with 2 or more orders in the period ÷ buyers with 1 or more',
  window: 'orders (purchases, subscriptions) in the period',
  dimensions: campaignDimensions,
  unit: 'ratio',
  definition: `Repurchase rate (KPI-42; Tesla owners repurchase 47 % more than non-owners, S8). Choose the period as the repurchase window: a month counts a second order within that month. ${attribution} ${refunds} Null without buyers.`,
  evaluate: perPeriod((ledger, scope, period) => {
    const buyers = [...buyerSpend(orders(ledger, scope, period)).values()];
    return ratio(buyers.filter((buyer) => buyer.orders >= 2).length, buyers.length);
  }),
};

export const averageOrderValue: KpiDefinition = {
  id: 'commerce.aov',
  inventoryId: 'KPI-43',
  names: { en: 'Average order value', zh: '客单价' },
  version: 1,
  formula: 'GMV of the period ÷ orders in the period',
  window: 'orders (purchases, subscriptions) in the period',
  dimensions: campaignDimensions,
  unit: 'money',
  definition: `Average order value (KPI-43; 海底撈's service pack lifts it 32 %, S7): net amount per order. Compare two campaigns or communities, or two periods, as a relative uplift. ${attribution} ${refunds} ${money} Null without orders.`,
  evaluate: perPeriod((ledger, scope, period) => {
    const counted = orders(ledger, scope, period);
    return ratio(sumNet(counted), counted.length);
  }),
};

export const grossMerchandiseValue: KpiDefinition = {
  id: 'commerce.gmv',
  inventoryId: 'KPI-44',
  names: { en: 'GMV', zh: '成交额' },
  version: 1,
  formula: 'sum of order amounts less refunds, orders in the period',
  window: 'orders (purchases, subscriptions) in the period',
  dimensions: campaignDimensions,
  unit: 'money',
  definition: `Gross merchandise value (KPI-44): sales from the community and its campaigns. ${attribution} ${refunds} A refund reverses GMV: asked as of a moment before the refund, the period shows the full amount; after it, the net. ${money}`,
  evaluate: perPeriod((ledger, scope, period) => sumNet(orders(ledger, scope, period))),
};

export const leadsCaptured: KpiDefinition = {
  id: 'commerce.leads',
  inventoryId: 'KPI-44',
  names: { en: 'Leads', zh: '线索量' },
  version: 1,
  formula: 'conversions of kind lead in the period',
  window: 'the period',
  dimensions: campaignDimensions,
  unit: 'count',
  definition: `Leads (KPI-44, CMP-38): sales leads recorded as conversions of kind lead. ${attribution}`,
  evaluate: perPeriod((ledger, scope, period) => salesIn(ledger, scope, period, (sale) => sale.conversionKind === 'lead' && !sale.fullyRefunded).length),
};

export const revenueGrowth: KpiDefinition = {
  id: 'commerce.revenue_growth',
  inventoryId: 'KPI-45',
  names: { en: 'Revenue growth', zh: '营收增长率' },
  version: 1,
  formula: 'GMV of the period ÷ GMV of the period before − 1',
  window: 'the period and the one before it of the same granularity (day, ISO week, calendar month)',
  dimensions: campaignDimensions,
  unit: 'ratio',
  definition: `Revenue growth (KPI-45; 東方甄選 +180 % year on year) as a relative change, never percentage points (S5's reading). ${attribution} ${refunds} Null when the period before had no revenue.`,
  evaluate: perPeriod((ledger, scope, period) => {
    const before = sumNet(orders(ledger, scope, previousPeriod(period)));
    return before > 0 ? sumNet(orders(ledger, scope, period)) / before - 1 : null;
  }),
};

export const subscriptionShare: KpiDefinition = {
  id: 'commerce.subscription_share',
  inventoryId: 'KPI-45',
  names: { en: 'Subscription revenue share', zh: '会员订阅收入占比' },
  version: 1,
  formula: 'net subscription revenue ÷ net revenue (purchases and subscriptions) in the period',
  window: 'orders in the period',
  dimensions: campaignDimensions,
  unit: 'ratio',
  definition: `Revenue mix (KPI-45, CMP-42): the membership-subscription part of revenue; the rest is purchases (e-commerce). IP licensing is not recorded as a conversion kind, so version 1 has two streams. ${attribution} ${refunds} Null without revenue.`,
  evaluate: perPeriod((ledger, scope, period) => {
    const counted = orders(ledger, scope, period);
    return ratio(sumNet(counted.filter((sale) => sale.conversionKind === 'subscription')), sumNet(counted));
  }),
};

/** Distinct members with a qualifying activity (KPI-02) in each period, in the community scope. */
async function activeMembers({ facts, scope, periods, asOf }: KpiEvaluation): Promise<number[]> {
  if (periods.length === 0) return [];
  const days = await facts.activeDays({ tenantId: scope.tenantId, ...(scope.communityId ? { communityId: scope.communityId } : {}) }, 'qualifying', periods[0]!.start, periods.at(-1)!.end, asOf);
  return periods.map((period) => new Set(days.filter((day) => day.day >= period.start && day.day <= period.end).map((day) => day.memberId)).size);
}

function perActiveMember(value: (ledger: CampaignLedger, scope: KpiScope, period: Period) => number): Evaluate {
  return async (input) => {
    const [ledger, active] = await Promise.all([campaignLedgerOf(input), activeMembers(input)]);
    return input.periods.map((period, index) => ratio(value(ledger, input.scope, period), active[index]!));
  };
}

const activeNote = 'Active members are those with a qualifying activity in the period (activity.mau over the period, KPI-02), in the community when one is asked; campaign and channel filters do not apply to them, so this KPI has neither.';

export const userValueConversion: KpiDefinition = {
  id: 'commerce.user_value_conversion',
  inventoryId: 'KPI-46',
  names: { en: 'User-value conversion rate', zh: '用户价值转化率' },
  version: 1,
  formula: 'members with a purchase, reservation or subscription in the period ÷ active members in the period',
  window: 'the period',
  dimensions: ['tenant', 'community'],
  unit: 'ratio',
  definition: `User-value conversion (KPI-46; Keep +50 %): how much of the active community also buys. ${activeNote} ${attribution} Null without active members.`,
  evaluate: perActiveMember((ledger, scope, period) => new Set(salesIn(ledger, scope, period, isConversion).map((sale) => sale.memberId)).size),
};

export const monetisationEfficiency: KpiDefinition = {
  id: 'commerce.monetisation_efficiency',
  inventoryId: 'KPI-47',
  names: { en: 'Monetisation efficiency', zh: '变现效率' },
  version: 1,
  formula: 'GMV of the period ÷ active members in the period',
  window: 'the period',
  dimensions: ['tenant', 'community'],
  unit: 'money',
  definition: `Monetisation efficiency (KPI-47): revenue per active member, an ARPU. ${activeNote} ${attribution} ${refunds} ${money} Null without active members.`,
  evaluate: perActiveMember((ledger, scope, period) => sumNet(orders(ledger, scope, period))),
};

export const communityContribution: KpiDefinition = {
  id: 'commerce.community_contribution',
  inventoryId: 'KPI-48',
  names: { en: 'Community contribution', zh: '社群贡献' },
  version: 1,
  formula: 'net revenue of orders attributed to a campaign in scope ÷ net revenue of all the tenant’s orders in the period',
  window: 'orders in the period',
  dimensions: campaignDimensions,
  unit: 'ratio',
  definition: `Community contribution (KPI-48, CMP-40): the share of all revenue that a community touch (a campaign's touchpoint within the attribution lookback) earned; filtered, the share of one campaign, community or channel. ${attribution} ${refunds} Null without revenue.`,
  evaluate: perPeriod((ledger, scope, period) => {
    const all = orders(ledger, { tenantId: scope.tenantId }, period);
    return ratio(sumNet(all.filter((sale) => sale.credit && creditInScope(scope, sale.credit))), sumNet(all));
  }),
};

export const commerceKpis = [
  conversionRateKpi,
  liveStreamConversion,
  channelConversion,
  highValueShare,
  repurchaseRate,
  averageOrderValue,
  grossMerchandiseValue,
  leadsCaptured,
  revenueGrowth,
  subscriptionShare,
  userValueConversion,
  monetisationEfficiency,
  communityContribution,
];
