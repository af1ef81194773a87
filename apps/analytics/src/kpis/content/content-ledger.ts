import { addDays, dayOf, type Period } from '../calendar';
import type { KpiEvaluation } from '../kpi-definition';
import type { ContentFactRecord, KpiScope } from '../kpi-facts';
import { inPeriod } from '../moderation/crisis-alerts';

type FactOf<K extends ContentFactRecord['kind']> = Extract<ContentFactRecord, { kind: K }>;

/** What an item is as of asOf: its newest draft or revision, or its publication when no draft was ingested. */
export interface ItemState {
  contentType: string;
  format: string;
  communityIds: readonly string[];
  draftedAt: Date | null;
  firstPublishedAt: Date | null;
}

/** The tenant's content facts folded once per answer: items, and the facts of each kind in time order. */
export interface ContentLedger {
  items: ReadonlyMap<string, ItemState>;
  engagement: ReadonlyArray<FactOf<'engagement'>>;
  reviews: ReadonlyArray<FactOf<'review'>>;
  contributions: ReadonlyArray<FactOf<'contribution'>>;
}

export function contentLedger(facts: readonly ContentFactRecord[]): ContentLedger {
  const items = new Map<string, ItemState>();
  const engagement: Array<FactOf<'engagement'>> = [];
  const reviews: Array<FactOf<'review'>> = [];
  const contributions: Array<FactOf<'contribution'>> = [];
  for (const fact of facts) {
    if (fact.kind === 'engagement') engagement.push(fact);
    else if (fact.kind === 'review') reviews.push(fact);
    else if (fact.kind === 'contribution') contributions.push(fact);
    else {
      const known = items.get(fact.itemId);
      const described = { contentType: fact.contentType, format: fact.format, communityIds: fact.communityIds };
      if (fact.kind === 'item') {
        items.set(fact.itemId, { ...described, draftedAt: fact.change === 'drafted' ? fact.at : (known?.draftedAt ?? null), firstPublishedAt: known?.firstPublishedAt ?? null });
      } else {
        items.set(fact.itemId, { ...(known ?? described), draftedAt: known?.draftedAt ?? null, firstPublishedAt: known?.firstPublishedAt ?? new Date(fact.publishedAt) });
      }
    }
  }
  return { items, engagement, reviews, contributions };
}

/** Facts up to the end of the last period asked: later ones cannot change any of its values. */
export async function contentLedgerOf({ facts, scope, periods, asOf }: KpiEvaluation): Promise<ContentLedger> {
  const last = periods.at(-1);
  const before = last ? new Date(`${addDays(last.end, 1)}T00:00:00Z`) : asOf;
  return contentLedger(await facts.contentFacts(scope.tenantId, before, asOf));
}

export const happenedIn = (at: Date, period: Period) => inPeriod(dayOf(at), period);

/** An engagement signal or contribution is in scope by the community it happened in and its item. */
export const locatedInScope = (scope: KpiScope, fact: { communityId: string | null; itemId: string }) =>
  (!scope.communityId || fact.communityId === scope.communityId) && (!scope.itemId || fact.itemId === scope.itemId);

/** A review round or item is in scope when the item targets the community asked (as drafted by asOf). */
export const itemInScope = (scope: KpiScope, ledger: ContentLedger, itemId: string) =>
  (!scope.itemId || itemId === scope.itemId) && (!scope.communityId || !!ledger.items.get(itemId)?.communityIds.includes(scope.communityId));

/** Engagement signals of `signals` kinds in scope in the period. */
export const signalsIn = (ledger: ContentLedger, scope: KpiScope, period: Period, signals: readonly string[]) =>
  ledger.engagement.filter((fact) => signals.includes(fact.signal) && locatedInScope(scope, fact) && happenedIn(fact.at, period));

/** Members who authored a contribution in scope in the period (an operator's seeded topic has no author). */
export const authorsIn = (ledger: ContentLedger, scope: KpiScope, period: Period) =>
  new Set(ledger.contributions.filter((fact) => fact.authorMemberId && locatedInScope(scope, fact) && happenedIn(fact.at, period)).map((fact) => fact.authorMemberId!));

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
