import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import fc from 'fast-check';
import { activityKinds, memberLifecycleStageSchema } from '@groundswell/events';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aCommunityCreated, aMemberActivity, aMemberJoined, aMemberJoinedV1, aMemberLeft, aTenantId } from '../testing/analytics-event.factories';
import { aCampaignCreated, aCampaignJoined, aCampaignStarted, aConversion, aConversionRefunded } from '../testing/campaign-event.factories';
import { expectSameKpiValues, type KpiAsk } from '../testing/evaluate-kpi';
import { aChurnRisk, aCommunityStatusChanged, aLifecycleStageChanged, aMemberErased, aMemberMergedInto, aMemberUnmerged, aPointsEvent } from '../testing/member-fact.factories';
import { addDays } from './calendar';
import { EventLogFactSource } from '../testing/event-log-fact-source';
import { kpiCatalogue } from './kpi-catalogue';
import { ProjectionFactSource } from './projection-fact-source';

const firstDay = '2025-03-01';
const allKpiIds = kpiCatalogue.map((kpi) => kpi.id);
const minutes = (value: number) => value * 60_000;
const communities = [randomUUID(), randomUUID(), randomUUID()];
const platformOf = (community: number) => (community === 2 ? 'douyin' : 'wecom');
const members = Array.from({ length: 6 }, () => randomUUID());
const campaigns = [randomUUID(), randomUUID()];

const eventArbitrary = fc.record({
  what: fc.oneof(
    fc.constantFrom('join', 'joinV1', 'leave', 'activity', 'activity', 'activity'),
    fc.constantFrom('activity', 'join', 'merge', 'merge', 'erase'),
    fc.constantFrom('risk', 'stage', 'points', 'community'),
    fc.constantFrom('campaign', 'campaignJoin', 'sale', 'sale', 'refundedSale'),
  ),
  campaign: fc.integer({ min: 0, max: campaigns.length - 1 }),
  channel: fc.constantFrom('kol', 'push', null),
  community: fc.integer({ min: 0, max: communities.length - 1 }),
  member: fc.integer({ min: 0, max: members.length - 1 }),
  minute: fc.integer({ min: 0, max: 20 * 24 * 60 - 1 }),
  // Up to ten days late, so late events about earlier days are common.
  recordedAfter: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 * 24 * 60 })),
  kind: fc.constantFrom(...activityKinds),
  other: fc.integer({ min: 0, max: members.length - 1 }),
  // Merges: undone this many minutes after they were recorded, or never.
  undoAfter: fc.option(fc.integer({ min: 1, max: 10 * 24 * 60 }), { nil: undefined }),
  risk: fc.constantFrom('flagged', 'confirmed', 'dismissed', 'cleared') as fc.Arbitrary<'flagged' | 'confirmed' | 'dismissed' | 'cleared'>,
  legacyContract: fc.boolean(),
  stage: fc.constantFrom(...memberLifecycleStageSchema.options),
  cause: fc.constantFrom('promotion', 'demotion', 'override') as fc.Arbitrary<'promotion' | 'demotion' | 'override'>,
  points: fc.constantFrom('earned', 'adjusted', 'redeemed', 'expired') as fc.Arbitrary<'earned' | 'adjusted' | 'redeemed' | 'expired'>,
  amount: fc.integer({ min: 1, max: 500 }),
  communityStatus: fc.constantFrom('created', 'active', 'dormant', 'archived') as fc.Arbitrary<'created' | 'active' | 'dormant' | 'archived'>,
});

type EventSpec = typeof eventArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toEnvelopes(tenantId: string, spec: EventSpec): EventEnvelope[] {
  const at = new Date(Date.parse(`${firstDay}T00:00:00Z`) + minutes(spec.minute));
  const facts = {
    tenantId,
    communityId: communities[spec.community]!,
    memberId: members[spec.member]!,
    platform: platformOf(spec.community),
    at: at.toISOString(),
    recordedAt: new Date(at.getTime() + minutes(spec.recordedAfter)).toISOString(),
  } as const;
  if (spec.what === 'join') return [aMemberJoined(facts)];
  if (spec.what === 'joinV1') return [aMemberJoinedV1(facts)];
  if (spec.what === 'leave') return [aMemberLeft(facts)];
  if (spec.what === 'erase') return [aMemberErased(facts)];
  if (spec.what === 'risk') return [aChurnRisk({ ...facts, status: spec.risk, legacy: spec.legacyContract })];
  if (spec.what === 'stage') return [aLifecycleStageChanged({ ...facts, to: spec.stage, cause: spec.cause })];
  if (spec.what === 'points') return [aPointsEvent({ ...facts, kind: spec.points, amount: spec.points === 'adjusted' && spec.amount % 2 ? -spec.amount : spec.amount })];
  if (spec.what === 'merge') return mergeOf(facts, spec);
  if (spec.what === 'community') {
    return [spec.communityStatus === 'created' ? aCommunityCreated(facts) : aCommunityStatusChanged({ ...facts, to: spec.communityStatus })];
  }
  if (['campaign', 'campaignJoin', 'sale', 'refundedSale'].includes(spec.what)) return campaignEventsOf(facts, spec);
  return [aMemberActivity({ ...facts, kind: spec.kind })];
}

/** A campaign (re)planned in one community and started, a member joining it, or an order credited to it (or to none), maybe partly refunded later. */
function campaignEventsOf(facts: { tenantId: string; communityId: string; memberId: string; at: string; recordedAt: string }, spec: EventSpec): EventEnvelope[] {
  const campaignId = campaigns[spec.campaign]!;
  if (spec.what === 'campaign') {
    const plan = { communityIds: [facts.communityId], startsAt: `${addDays(firstDay, spec.amount % 10)}T00:00:00Z`, endsAt: `${addDays(firstDay, 10 + (spec.amount % 10))}T00:00:00Z` };
    return [
      aCampaignCreated({ ...facts, campaignId, ...plan, budget: { content: spec.amount * 100, event: 1_000 }, targets: [{ metric: 'participants', value: 1 + (spec.amount % 4) }], regionalMultipliers: spec.amount % 2 ? [{ region: 'tier1', percent: 150 }] : [] }),
      aCampaignStarted({ ...facts, campaignId }),
    ];
  }
  if (spec.what === 'campaignJoin') return [aCampaignJoined({ ...facts, campaignId, channel: spec.channel })];
  const sale = aConversion({ ...facts, amountMinor: spec.amount * 100, kind: spec.amount % 5 === 0 ? 'subscription' : 'purchase', ...(spec.other % 3 === 0 ? {} : { campaignId }) });
  if (spec.what === 'sale') return sale.events;
  const refundedAt = new Date(Date.parse(facts.recordedAt) + minutes(spec.undoAfter ?? 60)).toISOString();
  return [...sale.events, aConversionRefunded({ tenantId: facts.tenantId, conversionId: sale.conversionId, amountMinor: spec.amount * (spec.other % 2 ? 100 : 50), at: refundedAt })];
}

/** The later-listed member merges into the earlier one, so merges never form cycles; a member may be merged twice. */
function mergeOf(facts: { tenantId: string; at: string; recordedAt: string }, spec: EventSpec): EventEnvelope[] {
  if (spec.member === spec.other) return [];
  const [survivor, duplicate] = [members[Math.min(spec.member, spec.other)]!, members[Math.max(spec.member, spec.other)]!];
  const mergeId = randomUUID();
  const merged = aMemberMergedInto({ ...facts, memberId: duplicate, survivorMemberId: survivor, mergeId });
  if (spec.undoAfter === undefined) return [merged];
  const undoneAt = new Date(Date.parse(facts.recordedAt) + minutes(spec.undoAfter)).toISOString();
  return [merged, aMemberUnmerged({ tenantId: facts.tenantId, at: undoneAt, survivorMemberId: survivor, absorbedMemberId: duplicate, mergeId })];
}

const historyArbitrary = fc.record({
  events: fc.array(eventArbitrary, { minLength: 10, maxLength: 60, size: 'max' }),
  duplicates: fc.array(fc.nat(), { maxLength: 8 }),
  deliveryOrder: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 128, maxLength: 128 }),
  asOfMinute: fc.integer({ min: 0, max: 32 * 24 * 60 }),
  scope: fc.constantFrom<'tenant' | 'community' | 'platform' | 'campaign' | 'channel'>('tenant', 'community', 'platform', 'campaign', 'channel'),
  granularity: fc.constantFrom<'DAY' | 'WEEK' | 'MONTH'>('DAY', 'WEEK', 'MONTH'),
});

describe(ProjectionFactSource.name, () => {
  const database = freshDatabase('file', () => createAnalyticsDatabase('property'));

  it('should equal a from-scratch batch computation for every KPI, scope and asOf, through merges, unmerges, erasures, campaign revisions and refunds', async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary, async (history) => {
        // A fresh tenant per run keeps runs independent in the one database.
        const tenantId = aTenantId();
        const events = history.events.flatMap((spec) => toEnvelopes(tenantId, spec));
        const redelivered = history.duplicates.filter(() => events.length > 0).map((index) => events[index % events.length]!);
        const delivered = [...events, ...redelivered]
          .map((event, index) => ({ event, key: history.deliveryOrder[index % history.deliveryOrder.length]! + index * 1e-9 }))
          .sort((a, b) => a.key - b.key)
          .map(({ event }) => event);
        await ingestAll(database.pool, delivered);

        const ask: KpiAsk = {
          tenantId,
          from: firstDay,
          to: addDays(firstDay, 19),
          granularity: history.granularity,
          asOf: new Date(Date.parse(`${firstDay}T00:00:00Z`) + minutes(history.asOfMinute)),
          ...(history.scope === 'community' ? { communityId: communities[0] } : {}),
          ...(history.scope === 'platform' ? { platform: 'douyin' } : {}),
          ...(history.scope === 'campaign' ? { campaignId: campaigns[0] } : {}),
          ...(history.scope === 'channel' ? { channel: 'kol' } : {}),
        };
        await expectSameKpiValues(new ProjectionFactSource(database.pool), new EventLogFactSource(events), allKpiIds, [ask]);
      }),
      { numRuns: 40 },
    );
  });
});
