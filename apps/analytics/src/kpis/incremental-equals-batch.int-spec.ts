import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@groundswell/events';
import type { TestDatabase } from '@groundswell/test-kit';
import fc from 'fast-check';
import { activityKinds } from '@groundswell/events';
import { createAnalyticsDatabase, ingestAll } from '../testing/analytics-database';
import { aMemberActivity, aMemberJoined, aMemberJoinedV1, aMemberLeft, aTenantId } from '../testing/analytics-event.factories';
import { kpiValues, type KpiAsk } from '../testing/evaluate-kpi';
import { addDays } from './calendar';
import { EventLogFactSource } from './event-log-fact-source';
import { kpiCatalogue } from './kpi-catalogue';
import { ProjectionFactSource } from './projection-fact-source';

const firstDay = '2025-03-01';
const minutes = (value: number) => value * 60_000;
const communities = [randomUUID(), randomUUID(), randomUUID()];
const platformOf = (community: number) => (community === 2 ? 'douyin' : 'wecom');
const members = Array.from({ length: 6 }, () => randomUUID());

const eventArbitrary = fc.record({
  what: fc.constantFrom('join', 'joinV1', 'leave', 'activity', 'activity', 'activity'),
  community: fc.integer({ min: 0, max: communities.length - 1 }),
  member: fc.integer({ min: 0, max: members.length - 1 }),
  minute: fc.integer({ min: 0, max: 20 * 24 * 60 - 1 }),
  // Up to ten days late, so late events about earlier days are common.
  recordedAfter: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 * 24 * 60 })),
  kind: fc.constantFrom(...activityKinds),
});

type EventSpec = typeof eventArbitrary extends fc.Arbitrary<infer T> ? T : never;

function toEnvelope(tenantId: string, spec: EventSpec): EventEnvelope {
  const at = new Date(Date.parse(`${firstDay}T00:00:00Z`) + minutes(spec.minute));
  const facts = {
    tenantId,
    communityId: communities[spec.community]!,
    memberId: members[spec.member]!,
    platform: platformOf(spec.community),
    at: at.toISOString(),
    recordedAt: new Date(at.getTime() + minutes(spec.recordedAfter)).toISOString(),
  } as const;
  if (spec.what === 'join') return aMemberJoined(facts);
  if (spec.what === 'joinV1') return aMemberJoinedV1(facts);
  if (spec.what === 'leave') return aMemberLeft(facts);
  return aMemberActivity({ ...facts, kind: spec.kind });
}

const historyArbitrary = fc.record({
  events: fc.array(eventArbitrary, { maxLength: 40 }),
  duplicates: fc.array(fc.nat(), { maxLength: 8 }),
  deliveryOrder: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 48, maxLength: 48 }),
  asOfMinute: fc.integer({ min: 0, max: 32 * 24 * 60 }),
  scope: fc.constantFrom<'tenant' | 'community' | 'platform'>('tenant', 'community', 'platform'),
  granularity: fc.constantFrom<'DAY' | 'WEEK' | 'MONTH'>('DAY', 'WEEK', 'MONTH'),
});

describe(ProjectionFactSource.name, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createAnalyticsDatabase('property');
  });

  afterAll(async () => {
    await database.drop();
  });

  it('should equal a from-scratch batch computation for every KPI, scope and asOf', async () => {
    await fc.assert(
      fc.asyncProperty(historyArbitrary, async (history) => {
        // A fresh tenant per run keeps runs independent in the one database.
        const tenantId = aTenantId();
        const events = history.events.map((spec) => toEnvelope(tenantId, spec));
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
        };
        const incremental = new ProjectionFactSource(database.pool);
        const batch = new EventLogFactSource(events);
        for (const kpi of kpiCatalogue) {
          expect({ kpi: kpi.id, values: await kpiValues(kpi.id, incremental, ask) }).toEqual({
            kpi: kpi.id,
            values: await kpiValues(kpi.id, batch, ask),
          });
        }
      }),
      { numRuns: 40 },
    );
  });
});
