import type { Platform } from '@groundswell/events';
import type { CampaignFact } from '../projections/campaign-facts';
import type { ContentFact } from '../projections/content-facts';
import type { ChurnRiskStatus } from '../projections/member-facts';
import type { ModerationFact } from '../projections/moderation-facts';
import type { Day } from './calendar';
import type { MemberMembershipChange, MergeFact } from './members/canonical-members';

/** Whose KPI: a tenant, optionally narrowed to one community or to the communities of one platform, and for campaign KPIs to one campaign or promotion channel. */
export interface KpiScope {
  tenantId: string;
  communityId?: string;
  platform?: Platform;
  campaignId?: string;
  channel?: string;
  /** One content item or contribution (content KPIs only). */
  itemId?: string;
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
export interface KpiFactSource extends MemberFactSource, ModerationFactSource, CampaignFactSource, ContentFactSource {
  membership(scope: KpiScope, from: Day, to: Day, asOf: Date): Promise<MembershipFacts>;
  /** Counts over the `windowDays` days ending at (and including) each of `endDays`; members merged by `asOf` count once. */
  activeMembers(scope: KpiScope, endDays: readonly Day[], windowDays: number, asOf: Date): Promise<ReadonlyMap<Day, ActiveCounts>>;
}

export type { MergeFact, MemberMembershipChange };

/** A member with at least one activity of the kind asked on a UTC day (raw member id, before merges). */
export interface MemberDay {
  memberId: string;
  day: Day;
}

export interface HourlyInteractions {
  day: Day;
  /** UTC hour of day, 0–23. */
  hour: number;
  interactions: number;
}

/** A status change of one membership, ordered by `at` (when it happened), then `eventId`. */
export interface MembershipStatusChange<Status extends string> {
  eventId: string;
  communityId: string;
  memberId: string;
  at: Date;
  status: Status;
}

export interface LifecycleChange extends MembershipStatusChange<string> {
  cause: string;
}

/** A community's creation or status change, ordered by `at` (when it happened), then `eventId`. */
export interface CommunityStatusChange {
  eventId: string;
  communityId: string;
  at: Date;
  status: 'created' | 'active' | 'dormant' | 'archived';
}

export interface PointsDelta {
  issued: number;
  redeemed: number;
  expired: number;
}

/** `qualifying`: the activity that makes a member active (KPI-02); `any`: every activity, passive visits too. */
export type ActivityBasis = 'qualifying' | 'any';

/** Per-member facts behind cohorts, merges, churn risk, lifecycle and points; all count only what was recorded by `asOf`. */
export interface MemberFactSource {
  /** Every merge of the tenant with the instants it took and lost effect; `canonicalMembers` reads them as of an instant. */
  memberMerges(tenantId: string): Promise<MergeFact[]>;
  /** Joins (+1) and departures (−1) per member up to `to`, only of `memberIds` when given. */
  membershipChanges(scope: KpiScope, to: Day, asOf: Date, memberIds?: readonly string[]): Promise<MemberMembershipChange[]>;
  /** Distinct (member, day) pairs with activity from `from` to `to`, only of `memberIds` when given. */
  activeDays(scope: KpiScope, basis: ActivityBasis, from: Day, to: Day, asOf: Date, memberIds?: readonly string[]): Promise<MemberDay[]>;
  /** Qualifying interactions per UTC day and hour; hours without any are absent. */
  interactions(scope: KpiScope, from: Day, to: Day, asOf: Date): Promise<HourlyInteractions[]>;
  churnRiskChanges(scope: KpiScope, asOf: Date): Promise<Array<MembershipStatusChange<ChurnRiskStatus>>>;
  lifecycleChanges(scope: KpiScope, asOf: Date): Promise<LifecycleChange[]>;
  communityStatusChanges(scope: KpiScope, asOf: Date): Promise<CommunityStatusChange[]>;
  /** Points per day for the tenant (points belong to member accounts, not communities). */
  points(tenantId: string, from: Day, to: Day, asOf: Date): Promise<ReadonlyMap<Day, PointsDelta>>;
}

/** One moderation fact as recorded: `at` is when it happened; ordered by `at`, then `eventId`. */
export type ModerationFactRecord<K extends ModerationFact['kind'] = ModerationFact['kind']> = Extract<ModerationFact, { kind: K }> & {
  eventId: string;
  communityId: string | null;
  at: Date;
};

/** The moderation service's cases, reports, sanctions, appeals and crisis alerts, as recorded by `asOf`. */
export interface ModerationFactSource {
  /** Every fact of `kind` in scope; a fact without a community counts for the whole tenant only. */
  moderationFacts<K extends ModerationFact['kind']>(scope: KpiScope, kind: K, asOf: Date): Promise<Array<ModerationFactRecord<K>>>;
}

/** One campaign fact as recorded: `at` is when the event happened; ordered by `at`, then `eventId`. */
export type CampaignFactRecord = CampaignFact & { eventId: string; campaignId: string | null; at: Date };

/** The campaigns service's plans, lifecycle, participation and conversions, as recorded by `asOf`. */
export interface CampaignFactSource {
  /** Every campaign fact of the tenant; campaign KPIs fold them and apply the scope themselves (a conversion's community comes from its attribution). */
  campaignFacts(tenantId: string, asOf: Date): Promise<CampaignFactRecord[]>;
}

/** One content fact as recorded: `at` is when the event happened; ordered by `at`, then `eventId`. */
export type ContentFactRecord = ContentFact & { eventId: string; itemId: string; communityId: string | null; at: Date };

/** The content service's items, publications, review rounds, engagement signals and contributions, as recorded by `asOf`. */
export interface ContentFactSource {
  /** Every content fact of the tenant happened before `before`; content KPIs apply the scope themselves (an item's communities come from its draft). */
  contentFacts(tenantId: string, before: Date, asOf: Date): Promise<ContentFactRecord[]>;
}
