import type { Period } from '../calendar';
import { campaignWeight, type CampaignLedger, type CampaignState } from '../campaigns/campaign-ledger';
import { byEndOf, campaignLedgerOf, communityMembersAt, isConversion, isOrder, participationInScope, runningIn, sumNet, within } from '../campaigns/campaign-periods';
import { ratio, type KpiDefinition, type KpiEvaluation } from '../kpi-definition';
import type { KpiScope } from '../kpi-facts';
import { campaignDimensions } from './commerce-kpis';

/** Campaigns in scope (by campaign, or naming the community) whose schedule overlaps the period. */
const campaignsRunning = (ledger: CampaignLedger, scope: KpiScope, period: Period) =>
  [...ledger.campaigns.values()].filter((campaign) => campaignWeight(scope, campaign) > 0 && runningIn(campaign, period));

/** The communities a campaign audience is drawn from: those of the running campaigns, or the one asked. */
function audienceCommunities(campaigns: readonly CampaignState[], scope: KpiScope): Set<string> {
  const communities = new Set(campaigns.flatMap((campaign) => campaign.plan.communityIds));
  return scope.communityId ? new Set([...communities].filter((community) => community === scope.communityId)) : communities;
}

async function audiences(input: KpiEvaluation): Promise<{ ledger: CampaignLedger; audience: Array<Set<string>> }> {
  const [ledger, membersAt] = await Promise.all([campaignLedgerOf(input), communityMembersAt(input)]);
  const audience = input.periods.map((period) => membersAt(period, audienceCommunities(campaignsRunning(ledger, input.scope, period), input.scope)));
  return { ledger, audience };
}

const audienceNote =
  'The audience (reach) is the members, at the end of the period, of the communities the campaigns in scope run in whose schedule overlaps the period — what the members service’s joins and departures say; the campaigns service publishes no impressions, and segment targeting narrows who may join, not who sees the announcement.';

export const campaignParticipation: KpiDefinition = {
  id: 'campaign.participation_rate',
  inventoryId: 'KPI-69',
  names: { en: 'Campaign participation rate', zh: '活动参与度' },
  version: 1,
  formula: 'members of the audience who joined a campaign in scope by the period end ÷ the audience',
  window: 'campaigns whose schedule overlaps the period; joins and membership up to its end',
  dimensions: ['tenant', 'community', 'campaign'],
  unit: 'ratio',
  definition: `Campaign participation (KPI-69, 參與度): of the members a campaign reached, the share who joined it. ${audienceNote} Null when the audience is empty.`,
  evaluate: async (input) => {
    const { ledger, audience } = await audiences(input);
    return input.periods.map((period, index) => {
      const running = new Set(campaignsRunning(ledger, input.scope, period).map((campaign) => campaign.campaignId));
      const joined = new Set(
        ledger.participations
          .filter((participation) => participation.action === 'joined' && running.has(participation.campaignId) && participationInScope(input.scope, participation) && byEndOf(participation.at, period))
          .map((participation) => participation.memberId),
      );
      return ratio([...audience[index]!].filter((member) => joined.has(member)).length, audience[index]!.size);
    });
  },
};

export const campaignExposure: KpiDefinition = {
  id: 'campaign.exposure',
  inventoryId: 'KPI-69',
  names: { en: 'Campaign exposure', zh: '活动曝光量' },
  version: 1,
  formula: 'distinct members of the communities the campaigns in scope run in, at the end of the period',
  window: 'campaigns whose schedule overlaps the period; membership at its end',
  dimensions: ['tenant', 'community', 'campaign'],
  unit: 'members',
  definition: `Campaign exposure (KPI-69, 曝光量) in version 1 is reach: members who could see the campaign in their community. ${audienceNote} A version counting impressions comes when the content service publishes views of campaign posts.`,
  evaluate: async (input) => (await audiences(input)).audience.map((members) => members.size),
};

export const campaignHeat: KpiDefinition = {
  id: 'campaign.heat',
  inventoryId: 'KPI-69',
  names: { en: 'Campaign heat', zh: '活动热度' },
  version: 1,
  formula: 'participation actions in the period: joins, check-ins, votes, registrations and coupon claims',
  window: 'the period',
  dimensions: campaignDimensions,
  unit: 'count',
  definition:
    'Campaign heat (KPI-69, 話題熱度): how much members did with campaigns in the period, each action once. A check-in, vote, registration or coupon claim belongs to the community and channel its member joined the campaign through (or the campaign’s only community). Comments and shares of campaign posts join it when the content service publishes them.',
  evaluate: async (input) => {
    const ledger = await campaignLedgerOf(input);
    return input.periods.map((period) => ledger.participations.filter((participation) => participationInScope(input.scope, participation) && within(participation.at, period)).length);
  },
};

type Actual = (campaign: CampaignState, period: Period) => number;

function actuals(ledger: CampaignLedger, audienceOf: (campaign: CampaignState, period: Period) => number): Record<string, Actual> {
  const credited = (campaign: CampaignState, period: Period) =>
    ledger.sales.filter((sale) => sale.credit?.campaignId === campaign.campaignId && byEndOf(sale.at, period));
  const actions = (campaign: CampaignState, period: Period, action: string) =>
    ledger.participations.filter((participation) => participation.campaignId === campaign.campaignId && participation.action === action && byEndOf(participation.at, period));
  return {
    participants: (campaign, period) => new Set(actions(campaign, period, 'joined').map((participation) => participation.memberId)).size,
    referrals: (campaign, period) => actions(campaign, period, 'joined').filter((participation) => participation.referred).length,
    check_ins: (campaign, period) => actions(campaign, period, 'checked_in').length,
    new_members: (campaign, period) => new Set(ledger.acquisitions.filter((acquisition) => acquisition.campaignId === campaign.campaignId && byEndOf(acquisition.at, period)).map((acquisition) => acquisition.memberId)).size,
    conversions: (campaign, period) => credited(campaign, period).filter(isConversion).length,
    gmv: (campaign, period) => sumNet(credited(campaign, period).filter((sale) => isOrder(sale) && sale.currency === (campaign.plan.budget?.currency ?? 'CNY'))),
    leads: (campaign, period) => credited(campaign, period).filter((sale) => sale.conversionKind === 'lead' && !sale.fullyRefunded).length,
    reach: audienceOf,
  };
}

export const goalAttainment: KpiDefinition = {
  id: 'campaign.goal_attainment',
  inventoryId: 'KPI-70',
  names: { en: 'Goal attainment', zh: '目标达成率' },
  version: 1,
  formula: 'mean over the campaigns in scope running in the period and their goal targets of (actual from the campaign’s start to the period end ÷ target)',
  window: 'campaigns whose schedule overlaps the period; actuals up to its end',
  dimensions: ['tenant', 'community', 'campaign'],
  unit: 'ratio',
  definition:
    'Goal attainment (KPI-70, CMP-35: actual against expected): each campaign’s goal targets (CMP-30) as planned by asOf, measured cumulatively up to the period end — participants (distinct joiners), referrals (joins with a referral code), check-ins, new members (MemberJoined naming the campaign), conversions and leads and GMV attributed to it (last touch, net of refunds, GMV in the budget’s currency or CNY), and reach (its communities’ members). 1 is on target; above 1 is over-achievement and is not capped, so one campaign far over can hide another under: filter by campaign to see each. Null when no campaign in scope runs in the period.',
  evaluate: async (input) => {
    const [ledger, membersAt] = await Promise.all([campaignLedgerOf(input), communityMembersAt(input)]);
    const measure = actuals(ledger, (campaign, period) => membersAt(period, new Set(campaign.plan.communityIds)).size);
    return input.periods.map((period) => {
      const attainments = campaignsRunning(ledger, input.scope, period).flatMap((campaign) =>
        campaign.plan.targets.filter((target) => measure[target.metric]).map((target) => measure[target.metric]!(campaign, period) / target.value),
      );
      return attainments.length ? attainments.reduce((sum, value) => sum + value, 0) / attainments.length : null;
    });
  },
};

export const campaignKpis = [campaignParticipation, campaignExposure, campaignHeat, goalAttainment];
