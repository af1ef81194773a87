import { CommunityCreatedV1, createEventRegistry, MemberActivityRecordedV1, MemberJoinedV2, MemberLeftV1, type EventEnvelope } from '@groundswell/events';
import { campaignFactOf } from '../projections/campaign-facts';
import { contentFactOf } from '../projections/content-facts';
import { memberFactsOf, type ChurnRiskStatus, type MemberFact } from '../projections/member-facts';
import { moderationFactOf, type ModerationFact } from '../projections/moderation-facts';
import { isQualifyingActivity } from '../projections/qualifying-activity';
import { addDays, dayOf, type Day } from '../kpis/calendar';
import type { ActiveCounts, ActivityBasis, CampaignFactRecord, CommunityStatusChange, ContentFactRecord, HourlyInteractions, KpiFactSource, KpiScope, LifecycleChange, MemberDay, MembershipDelta, MembershipFacts, MembershipStatusChange, MergeFact, MemberMembershipChange, ModerationFactRecord, PointsDelta } from '../kpis/kpi-facts';
import { canonicalMembers, canonicalOf } from '../kpis/members/canonical-members';

interface MembershipChange {
  communityId: string;
  day: Day;
  change: keyof MembershipDelta;
}

interface MemberActivity {
  communityId: string;
  day: Day;
  memberId: string;
}

/**
 * KPI facts computed from scratch over raw event envelopes (decoded and upcast here), with no projection in between: the
 * reference the incremental projections must equal, and a way to replay a definition over history.
 */
export class EventLogFactSource implements KpiFactSource {
  private readonly events: readonly EventEnvelope[];
  private readonly platforms = new Map<string, string>();

  constructor(envelopes: readonly EventEnvelope[], registry = createEventRegistry()) {
    const unique = new Map<string, EventEnvelope>();
    for (const envelope of envelopes) if (!unique.has(envelope.id)) unique.set(envelope.id, envelope);
    this.events = [...unique.values()].map((envelope) => registry.decode(envelope) as EventEnvelope);
    for (const event of this.events) {
      const community = communityOf(event);
      const key = community && `${event.tenantid}/${community.communityId}`;
      if (key && !this.platforms.has(key)) this.platforms.set(key, community.platform);
    }
  }

  async membership(scope: KpiScope, from: Day, to: Day, asOf: Date): Promise<MembershipFacts> {
    const byDay = new Map<Day, MembershipDelta>();
    let opening = 0;
    for (const change of this.visible(scope, asOf, membershipChange)) {
      if (change.day > to) continue;
      const sign = change.change === 'joined' ? 1 : -1;
      if (change.day < from) {
        opening += sign;
        continue;
      }
      const delta = byDay.get(change.day) ?? { joined: 0, departed: 0 };
      delta[change.change] += 1;
      byDay.set(change.day, delta);
    }
    return { opening, byDay };
  }

  async activeMembers(scope: KpiScope, endDays: readonly Day[], windowDays: number, asOf: Date): Promise<ReadonlyMap<Day, ActiveCounts>> {
    const canonical = canonicalMembers(await this.memberMerges(scope.tenantId), asOf);
    const activities = this.visible(scope, asOf, qualifyingActivity).map((activity) => ({ ...activity, memberId: canonicalOf(canonical, activity.memberId) }));
    const counts = new Map<Day, ActiveCounts>();
    for (const end of endDays) {
      const start = addDays(end, -(windowDays - 1));
      const inWindow = activities.filter((activity) => activity.day >= start && activity.day <= end);
      counts.set(end, {
        members: new Set(inWindow.map((activity) => activity.memberId)).size,
        memberDays: new Set(inWindow.map((activity) => `${activity.day}:${activity.memberId}`)).size,
      });
    }
    return counts;
  }

  async memberMerges(tenantId: string): Promise<MergeFact[]> {
    const merges = new Map<string, MergeFact>();
    for (const event of this.events) {
      if (event.tenantid !== tenantId) continue;
      for (const fact of memberFactsOf(event)) {
        if (fact.kind !== 'merge') continue;
        const merge = merges.get(fact.mergeId) ?? { mergeId: fact.mergeId, duplicateMemberId: fact.duplicateMemberId, survivorMemberId: fact.survivorMemberId, mergedAt: null, unmergedAt: null };
        const field = fact.undo ? 'unmergedAt' : 'mergedAt';
        const recorded = new Date(event.recordedtime);
        if (merge[field] === null || recorded < merge[field]!) merge[field] = recorded;
        merges.set(fact.mergeId, merge);
      }
    }
    return [...merges.values()];
  }

  async membershipChanges(scope: KpiScope, to: Day, asOf: Date, memberIds?: readonly string[]): Promise<MemberMembershipChange[]> {
    const wanted = memberIds && new Set(memberIds);
    return this.visibleFacts(scope, asOf, 'membership')
      .filter(({ fact }) => fact.day <= to && (!wanted || wanted.has(fact.memberId)))
      .map(({ fact: { communityId, memberId, day, delta } }) => ({ communityId, memberId, day, delta }));
  }

  async activeDays(scope: KpiScope, basis: ActivityBasis, from: Day, to: Day, asOf: Date, memberIds?: readonly string[]): Promise<MemberDay[]> {
    const wanted = memberIds && new Set(memberIds);
    const activities = basis === 'qualifying' ? this.visible(scope, asOf, qualifyingActivity) : this.visibleFacts(scope, asOf, 'visit').map(({ fact }) => fact);
    const days = new Map<string, MemberDay>();
    for (const { memberId, day } of activities) {
      if (day < from || day > to || (wanted && !wanted.has(memberId))) continue;
      days.set(`${day}/${memberId}`, { memberId, day });
    }
    return [...days.values()];
  }

  async interactions(scope: KpiScope, from: Day, to: Day, asOf: Date): Promise<HourlyInteractions[]> {
    const counts = new Map<string, HourlyInteractions>();
    for (const { fact } of this.visibleFacts(scope, asOf, 'interaction')) {
      if (fact.day < from || fact.day > to) continue;
      const key = `${fact.day}/${fact.hour}`;
      const count = counts.get(key) ?? { day: fact.day, hour: fact.hour, interactions: 0 };
      count.interactions += 1;
      counts.set(key, count);
    }
    return [...counts.values()];
  }

  async churnRiskChanges(scope: KpiScope, asOf: Date): Promise<Array<MembershipStatusChange<ChurnRiskStatus>>> {
    return this.visibleFacts(scope, asOf, 'churnRisk').map(({ event, fact }) => ({
      eventId: event.id,
      communityId: fact.communityId,
      memberId: fact.memberId,
      at: new Date(event.time),
      status: fact.status,
    }));
  }

  async lifecycleChanges(scope: KpiScope, asOf: Date): Promise<LifecycleChange[]> {
    return this.visibleFacts(scope, asOf, 'lifecycle').map(({ event, fact }) => ({
      eventId: event.id,
      communityId: fact.communityId,
      memberId: fact.memberId,
      at: new Date(event.time),
      status: fact.toStage,
      cause: fact.cause,
    }));
  }

  async communityStatusChanges(scope: KpiScope, asOf: Date): Promise<CommunityStatusChange[]> {
    return this.visibleFacts(scope, asOf, 'communityStatus').map(({ event, fact }) => ({
      eventId: event.id,
      communityId: fact.communityId,
      at: new Date(event.time),
      status: fact.status,
    }));
  }

  async points(tenantId: string, from: Day, to: Day, asOf: Date): Promise<ReadonlyMap<Day, PointsDelta>> {
    const byDay = new Map<Day, PointsDelta>();
    for (const { fact } of this.visibleFacts({ tenantId }, asOf, 'points')) {
      if (fact.day < from || fact.day > to) continue;
      const delta = byDay.get(fact.day) ?? { issued: 0, redeemed: 0, expired: 0 };
      delta.issued += fact.issued;
      delta.redeemed += fact.redeemed;
      delta.expired += fact.expired;
      byDay.set(fact.day, delta);
    }
    return byDay;
  }

  async moderationFacts<K extends ModerationFact['kind']>(scope: KpiScope, kind: K, asOf: Date): Promise<Array<ModerationFactRecord<K>>> {
    const found: Array<ModerationFactRecord<K>> = [];
    for (const event of this.recordedBy(scope.tenantId, asOf)) {
      const scoped = moderationFactOf(event);
      if (!scoped || scoped.fact.kind !== kind) continue;
      if ((scope.communityId || scope.platform) && (!scoped.communityId || !this.inScope(scope, event.tenantid, scoped.communityId))) continue;
      found.push({ ...(scoped.fact as Extract<ModerationFact, { kind: K }>), eventId: event.id, communityId: scoped.communityId, at: new Date(event.time) });
    }
    return found.sort(byOccurrence);
  }

  async campaignFacts(tenantId: string, asOf: Date): Promise<CampaignFactRecord[]> {
    const found: CampaignFactRecord[] = [];
    for (const event of this.recordedBy(tenantId, asOf)) {
      const scoped = campaignFactOf(event);
      if (scoped) found.push({ ...scoped.fact, eventId: event.id, campaignId: scoped.campaignId, at: new Date(event.time) });
    }
    return found.sort(byOccurrence);
  }

  async contentFacts(tenantId: string, before: Date, asOf: Date): Promise<ContentFactRecord[]> {
    const found: ContentFactRecord[] = [];
    for (const event of this.recordedBy(tenantId, asOf)) {
      if (new Date(event.time) >= before) continue;
      const scoped = contentFactOf(event);
      if (scoped) found.push({ ...scoped.fact, eventId: event.id, itemId: scoped.itemId, communityId: scoped.communityId, at: new Date(event.time) });
    }
    return found.sort(byOccurrence);
  }

  private visibleFacts<K extends MemberFact['kind']>(scope: KpiScope, asOf: Date, kind: K): Array<{ event: EventEnvelope; fact: Extract<MemberFact, { kind: K }> }> {
    const found: Array<{ event: EventEnvelope; fact: Extract<MemberFact, { kind: K }> }> = [];
    for (const event of this.recordedBy(scope.tenantId, asOf)) {
      for (const fact of memberFactsOf(event)) {
        if (fact.kind !== kind) continue;
        const communityId = 'communityId' in fact ? fact.communityId : undefined;
        if (communityId && !this.inScope(scope, event.tenantid, communityId)) continue;
        found.push({ event, fact: fact as Extract<MemberFact, { kind: K }> });
      }
    }
    return found;
  }

  /** The tenant's events recorded at or before `asOf`: all that a KPI asked as of that instant may count. */
  private recordedBy(tenantId: string, asOf: Date): EventEnvelope[] {
    return this.events.filter((event) => event.tenantid === tenantId && new Date(event.recordedtime) <= asOf);
  }

  private inScope(scope: KpiScope, tenantId: string, communityId: string): boolean {
    if (scope.communityId && communityId !== scope.communityId) return false;
    return !scope.platform || this.platforms.get(`${tenantId}/${communityId}`) === scope.platform;
  }

  private visible<T extends { communityId: string }>(scope: KpiScope, asOf: Date, read: (event: EventEnvelope) => T | undefined): T[] {
    const facts: T[] = [];
    for (const event of this.recordedBy(scope.tenantId, asOf)) {
      const fact = read(event);
      if (!fact) continue;
      if (scope.communityId && fact.communityId !== scope.communityId) continue;
      if (scope.platform && this.platforms.get(`${event.tenantid}/${fact.communityId}`) !== scope.platform) continue;
      facts.push(fact);
    }
    return facts;
  }
}

/** Oldest first, ties by event id: the order of the projection's ORDER BY occurred_at, event_id. */
function byOccurrence(a: { at: Date; eventId: string }, b: { at: Date; eventId: string }): number {
  return a.at.getTime() - b.at.getTime() || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);
}

function communityOf(event: EventEnvelope): { communityId: string; platform: string } | undefined {
  if (CommunityCreatedV1.is(event) || MemberJoinedV2.is(event) || MemberLeftV1.is(event)) return event.data;
  return undefined;
}

function membershipChange(event: EventEnvelope): MembershipChange | undefined {
  if (MemberJoinedV2.is(event)) return { communityId: event.data.communityId, day: dayOf(event.time), change: 'joined' };
  if (MemberLeftV1.is(event)) return { communityId: event.data.communityId, day: dayOf(event.time), change: 'departed' };
  return undefined;
}

function qualifyingActivity(event: EventEnvelope): MemberActivity | undefined {
  if (!MemberActivityRecordedV1.is(event) || !isQualifyingActivity(event.data.kind)) return undefined;
  return { communityId: event.data.communityId, day: dayOf(event.time), memberId: event.data.memberId };
}
