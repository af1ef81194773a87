import { addDays, dayOf, daysBetween, type Period } from '../calendar';
import type { KpiEvaluation } from '../kpi-definition';
import type { KpiScope } from '../kpi-facts';
import { inPeriod } from '../moderation/crisis-alerts';
import { campaignLedger, reportingCurrency, type CampaignLedger, type CampaignState, type Participation, type Sale } from './campaign-ledger';

export const campaignLedgerOf = async ({ facts, scope, asOf }: KpiEvaluation): Promise<CampaignLedger> => campaignLedger(await facts.campaignFacts(scope.tenantId, asOf));

export const within = (at: Date, period: Period) => inPeriod(dayOf(at), period);
export const byEndOf = (at: Date, period: Period) => dayOf(at) <= period.end;

/** A campaign's schedule (as planned by asOf) overlaps the period. */
export const runningIn = (campaign: CampaignState | undefined, period: Period) =>
  !!campaign && dayOf(campaign.plan.startsAt) <= period.end && dayOf(campaign.plan.endsAt) >= period.start;

/** The period of the same granularity just before: the day, ISO week or calendar month before. */
export function previousPeriod(period: Period): Period {
  const length = daysBetween(period.start, period.end) + 1;
  const end = addDays(period.start, -1);
  if (length === 1 || length === 7) return { start: addDays(period.start, -length), end };
  return { start: `${end.slice(0, 8)}01`, end };
}

export function participationInScope(scope: KpiScope, participation: Participation): boolean {
  return (
    (!scope.campaignId || participation.campaignId === scope.campaignId) &&
    (!scope.communityId || participation.communityId === scope.communityId) &&
    (!scope.channel || participation.channel === scope.channel)
  );
}

/** Purchases and subscriptions: what carries money. */
export const isOrder = (sale: Sale) => (sale.conversionKind === 'purchase' || sale.conversionKind === 'subscription') && !sale.fullyRefunded;
/** Purchases, reservations and subscriptions: a member became a customer (a lead did not yet). */
export const isConversion = (sale: Sale) => sale.conversionKind !== 'lead' && !sale.fullyRefunded;
export const inReportingCurrency = (sale: Sale) => sale.currency === reportingCurrency;
export const sumNet = (sales: readonly Sale[]) => sales.reduce((sum, sale) => sum + sale.netMinor, 0);

/**
 * Members of each community at the end of each period (joins minus departures from the members
 * service's events), for campaign audiences.
 */
export async function communityMembersAt({ facts, scope, asOf, periods }: KpiEvaluation): Promise<(period: Period, communityIds: ReadonlySet<string>) => Set<string>> {
  const last = periods.at(-1)?.end;
  const changes = last ? await facts.membershipChanges({ tenantId: scope.tenantId }, last, asOf) : [];
  return (period, communityIds) => {
    const balance = new Map<string, number>();
    for (const change of changes) {
      if (change.day > period.end || !communityIds.has(change.communityId)) continue;
      const key = `${change.communityId}/${change.memberId}`;
      balance.set(key, (balance.get(key) ?? 0) + change.delta);
    }
    return new Set([...balance].filter(([, net]) => net > 0).map(([key]) => key.slice(key.indexOf('/') + 1)));
  };
}
