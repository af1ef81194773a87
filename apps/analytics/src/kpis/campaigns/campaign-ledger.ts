import type { AttributionFact, ConversionFact, ParticipationFact, PlanFact } from '../../projections/campaign-facts';
import type { CampaignFactRecord, KpiScope } from '../kpi-facts';

/** The attribution model campaign KPIs credit conversions by (its newest version wins). */
export const creditingModel = 'last_touch';

/** Money KPIs are in minor units of this currency; conversions and budgets in another are left out of them. */
export const reportingCurrency = 'CNY';

export interface CampaignState {
  campaignId: string;
  campaignKind: string | null;
  plan: PlanFact;
  committed: boolean;
}

export interface Participation {
  campaignId: string;
  memberId: string;
  action: ParticipationFact['action'];
  /** The community and channel of the member's join of this campaign, when known. */
  communityId: string | null;
  channel: string | null;
  referred: boolean;
  at: Date;
}

export interface Acquisition {
  campaignId: string;
  memberId: string;
  communityId: string;
  at: Date;
}

/** Where a conversion is credited under the crediting model: one campaign, with the community and channel of the member's touch. */
export interface Credit {
  campaignId: string;
  communityId: string | null;
  channel: string | null;
}

export interface Sale {
  conversionId: string;
  memberId: string;
  conversionKind: ConversionFact['conversionKind'];
  currency: string;
  /** The amount less every refund recorded by asOf. */
  netMinor: number;
  fullyRefunded: boolean;
  /** When the order happened at the shop. */
  at: Date;
  credit: Credit | null;
}

export interface CampaignLedger {
  campaigns: Map<string, CampaignState>;
  participations: Participation[];
  acquisitions: Acquisition[];
  sales: Sale[];
}

const key = (campaignId: string, memberId: string) => `${campaignId}/${memberId}`;

/** Folds a tenant's campaign facts (ordered as recorded) into campaigns, participations and sales. */
export function campaignLedger(facts: readonly CampaignFactRecord[]): CampaignLedger {
  const campaigns = new Map<string, CampaignState>();
  const joins = new Map<string, Participation>();
  const participations: Participation[] = [];
  const acquisitions: Acquisition[] = [];
  const conversions = new Map<string, ConversionFact>();
  const refunded = new Map<string, number>();
  const attributions = new Map<string, AttributionFact>();
  for (const record of facts) {
    const { campaignId } = record;
    if (record.kind === 'plan' && campaignId) {
      const known = campaigns.get(campaignId);
      campaigns.set(campaignId, { campaignId, campaignKind: record.campaignKind ?? known?.campaignKind ?? null, plan: record, committed: known?.committed ?? false });
    } else if (record.kind === 'lifecycle' && campaignId) {
      const known = campaigns.get(campaignId);
      if (known) known.committed = true;
    } else if (record.kind === 'participation' && campaignId) {
      const participation: Participation = {
        campaignId,
        memberId: record.memberId,
        action: record.action,
        communityId: record.communityId ?? null,
        channel: record.channel ?? null,
        referred: record.referred ?? false,
        at: record.at,
      };
      if (record.action === 'joined' && !joins.has(key(campaignId, record.memberId))) joins.set(key(campaignId, record.memberId), participation);
      participations.push(participation);
    } else if (record.kind === 'acquisition' && campaignId) {
      acquisitions.push({ campaignId, memberId: record.memberId, communityId: record.communityId, at: record.at });
    } else if (record.kind === 'conversion') {
      if (!conversions.has(record.conversionId)) conversions.set(record.conversionId, record);
    } else if (record.kind === 'refund') {
      refunded.set(record.conversionId, (refunded.get(record.conversionId) ?? 0) + record.amountMinor);
    } else if (record.kind === 'attribution' && record.model === creditingModel) {
      const known = attributions.get(record.conversionId);
      if (!known || record.modelVersion >= known.modelVersion) attributions.set(record.conversionId, record);
    }
  }
  // A check-in, vote or coupon claim belongs to the community and channel the member joined through.
  for (const participation of participations) {
    const join = joins.get(key(participation.campaignId, participation.memberId));
    if (participation.action !== 'joined' && join) Object.assign(participation, { communityId: join.communityId, channel: join.channel });
    if (participation.communityId === null) participation.communityId = onlyCommunity(campaigns.get(participation.campaignId));
  }
  const creditOf = (conversion: ConversionFact): Credit | null => {
    const campaignId = attributions.get(conversion.conversionId)?.credits[0]?.campaignId;
    if (!campaignId) return null;
    const join = joins.get(key(campaignId, conversion.memberId));
    return { campaignId, communityId: join?.communityId ?? onlyCommunity(campaigns.get(campaignId)), channel: join?.channel ?? null };
  };
  const sales = [...conversions.values()].map((conversion): Sale => {
    const netMinor = Math.max(0, conversion.amountMinor - (refunded.get(conversion.conversionId) ?? 0));
    return {
      conversionId: conversion.conversionId,
      memberId: conversion.memberId,
      conversionKind: conversion.conversionKind,
      currency: conversion.currency,
      netMinor,
      fullyRefunded: conversion.amountMinor > 0 && netMinor === 0,
      at: new Date(conversion.occurredAt),
      credit: creditOf(conversion),
    };
  });
  return { campaigns, participations, acquisitions, sales };
}

/** A campaign run in one community puts everything of it in that community; one run in several leaves a touch without a join unplaced. */
function onlyCommunity(campaign: CampaignState | undefined): string | null {
  return campaign?.plan.communityIds.length === 1 ? campaign.plan.communityIds[0]! : null;
}

/** Whether something credited to a campaign, community and channel falls in the scope (no narrowing means the whole tenant). */
export function creditInScope(scope: KpiScope, credit: Credit | null): boolean {
  if (!scope.campaignId && !scope.communityId && !scope.channel) return true;
  if (!credit) return false;
  return (
    (!scope.campaignId || credit.campaignId === scope.campaignId) &&
    (!scope.communityId || credit.communityId === scope.communityId) &&
    (!scope.channel || credit.channel === scope.channel)
  );
}

/** A campaign's share of a scope: 1 for the tenant or the campaign itself, 1 ÷ its communities for one of them, 0 outside. */
export function campaignWeight(scope: KpiScope, campaign: CampaignState): number {
  if (scope.campaignId && campaign.campaignId !== scope.campaignId) return 0;
  if (!scope.communityId) return 1;
  const { communityIds } = campaign.plan;
  return communityIds.includes(scope.communityId) ? 1 / communityIds.length : 0;
}
