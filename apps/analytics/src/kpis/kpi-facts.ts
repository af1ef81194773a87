import type { Platform } from '@groundswell/events';
import type { Day } from './calendar';

/** Whose KPI: a tenant, optionally narrowed to one community or to the communities of one platform. */
export interface KpiScope {
  tenantId: string;
  communityId?: string;
  platform?: Platform;
}

export interface MembershipDelta {
  joined: number;
  departed: number;
}

export interface MembershipFacts {
  /** Net members before `from`: everyone who joined minus everyone who left, on earlier days. */
  opening: number;
  /** Joins and departures per day from `from` to `to`; a missing day had none. */
  byDay: ReadonlyMap<Day, MembershipDelta>;
}

export interface ActiveCounts {
  /** Distinct members with a qualifying activity in the window. */
  members: number;
  /** Distinct (day, member) pairs in the window: the sum of the window's DAUs. */
  memberDays: number;
}

/**
 * What KPI formulas read. Everything counts only events recorded at or before `asOf`, so an
 * answer is what would have been reported at that instant. Two implementations: the incremental
 * projections (what the API serves) and a from-scratch batch over events (what they must equal).
 */
export interface KpiFactSource {
  membership(scope: KpiScope, from: Day, to: Day, asOf: Date): Promise<MembershipFacts>;
  /** Counts over the `windowDays` days ending at (and including) each of `endDays`. */
  activeMembers(scope: KpiScope, endDays: readonly Day[], windowDays: number, asOf: Date): Promise<ReadonlyMap<Day, ActiveCounts>>;
}
