import {
  CommunityCreatedV1,
  createEventRegistry,
  MemberActivityRecordedV1,
  MemberJoinedV2,
  MemberLeftV1,
  type EventEnvelope,
} from '@groundswell/events';
import { isQualifyingActivity } from '../projections/qualifying-activity';
import { addDays, dayOf, type Day } from './calendar';
import type { ActiveCounts, KpiFactSource, KpiScope, MembershipDelta, MembershipFacts } from './kpi-facts';

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
    const activities = this.visible(scope, asOf, qualifyingActivity);
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

  private visible<T extends { communityId: string }>(scope: KpiScope, asOf: Date, read: (event: EventEnvelope) => T | undefined): T[] {
    const facts: T[] = [];
    for (const event of this.events) {
      if (event.tenantid !== scope.tenantId || new Date(event.recordedtime) > asOf) continue;
      const fact = read(event);
      if (!fact) continue;
      if (scope.communityId && fact.communityId !== scope.communityId) continue;
      if (scope.platform && this.platforms.get(`${event.tenantid}/${fact.communityId}`) !== scope.platform) continue;
      facts.push(fact);
    }
    return facts;
  }
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
