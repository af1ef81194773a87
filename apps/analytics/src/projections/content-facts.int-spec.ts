import { randomUUID } from 'node:crypto';
import { domainTopics, type EventEnvelope } from '@groundswell/events';
import { ingestConsumerDefinition } from '../ingest/ingest.module';
import { kpiCatalogue } from '../kpis/kpi-catalogue';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { aMemberActivity, aTenantId } from '../testing/analytics-event.factories';
import { aContentItemDrafted, aContentPublished, aContentReviewed, aContribution, anEngagementSignal } from '../testing/content-event.factories';
import { expectSameKpiValues, kpiValues, type KpiAsk } from '../testing/evaluate-kpi';
import { EventLogFactSource } from '../testing/event-log-fact-source';
import { ingestTestBed, rebuildAfterIngest } from '../testing/ingest-test-bed';
import { contentFactsProjection } from './content-facts.rebuild';

const signals = ['impression', 'view', 'click', 'share', 'repost', 'comment', 'video_play_started', 'video_play_completed'] as const;

/** Two communities, a tutorial for both and a case story for one, engagement and UGC over March, some events recorded late. */
function aContentHistory(tenantId: string) {
  const [north, south] = [randomUUID(), randomUUID()];
  const [tutorial, story] = [randomUUID(), randomUUID()];
  const items: EventEnvelope[] = [
    aContentItemDrafted({ tenantId, itemId: tutorial, communityIds: [north, south], at: '2025-02-27T08:00:00Z' }),
    aContentReviewed({ tenantId, itemId: tutorial, passed: false, at: '2025-02-28T08:00:00Z' }),
    aContentReviewed({ tenantId, itemId: tutorial, passed: true, at: '2025-03-01T08:00:00Z' }),
    aContentPublished({ tenantId, itemId: tutorial, communityIds: [north, south], at: '2025-03-02T08:00:00Z' }),
    aContentItemDrafted({ tenantId, itemId: story, communityIds: [north], contentType: 'case_story', at: '2025-03-03T08:00:00Z' }),
    aContentReviewed({ tenantId, itemId: story, passed: true, at: '2025-03-04T08:00:00Z', recordedAt: '2025-03-12T08:00:00Z' }),
    aContentPublished({ tenantId, itemId: story, communityIds: [north], contentType: 'case_story', at: '2025-03-05T20:00:00Z', recordedAt: '2025-03-12T08:00:00Z' }),
  ];
  const engagement: EventEnvelope[] = [];
  const ugc: EventEnvelope[] = [];
  for (let index = 0; index < 60; index++) {
    const memberId = randomUUID();
    const communityId = index % 3 === 0 ? south : north;
    const itemId = communityId === north && index % 2 === 1 ? story : tutorial;
    const at = `2025-${index < 10 ? '02' : '03'}-${String((index % 25) + 2).padStart(2, '0')}T0${index % 9}:00:00Z`;
    const recordedAt = index % 7 === 0 ? `2025-03-${String((index % 25) + 4).padStart(2, '0')}T12:00:00Z` : at;
    const when = { tenantId, at, recordedAt, communityId };
    for (const kind of signals.slice(0, (index % signals.length) + 1)) engagement.push(anEngagementSignal({ ...when, itemId, kind, memberId, ...(kind === 'view' ? { dwellMs: 60_000 * (index + 1) } : {}) }));
    ugc.push(aMemberActivity({ tenantId, communityId, memberId, at, kind: 'comment' }));
    if (index % 3 !== 2) ugc.push(aContribution({ ...when, authorMemberId: index % 4 === 0 ? null : memberId, kind: index % 5 === 0 ? 'comment' : 'post' }));
  }
  return { north, tutorial, items, engagement, ugc };
}

const contentKpiIds = kpiCatalogue.filter((kpi) => kpi.id.startsWith('content.')).map((kpi) => kpi.id);

describe('content-fact projection', () => {
  const bed = ingestTestBed('content_facts', 'analytics-content-test');

  it('should listen to every content topic', () => {
    expect(ingestConsumerDefinition().topics).toEqual(expect.arrayContaining(Object.values(domainTopics.content)));
  });

  it('should project content events from Kafka exactly once, to what a from-scratch computation over the events gives, at every asOf and filter', async () => {
    const tenantId = aTenantId();
    const { north, tutorial, items, engagement, ugc } = aContentHistory(tenantId);

    await bed.ingestFromKafka({
      'analytics-content-item': [...items, ...ugc, ...items.slice(0, 3)],
      'analytics-engagement': [...engagement, ...engagement.slice(0, 40)],
    });

    const events = [...items, ...ugc, ...engagement];
    await bed.untilRows('analytics_events', events.length);
    const incremental = new ProjectionFactSource(bed.pool);
    const month = { from: '2025-02-01', to: '2025-03-31', granularity: 'MONTH' as const };
    const asks: KpiAsk[] = [
      { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'WEEK' as const },
      { tenantId, communityId: north, ...month },
      { tenantId, itemId: tutorial, ...month },
      { tenantId, ...month, asOf: new Date('2025-03-10T00:00:00Z') },
    ];
    await expectSameKpiValues(incremental, new EventLogFactSource(events), contentKpiIds, asks);
    // Redelivered items changed nothing: both March review rounds passed every axis, February's one did not.
    const march = { from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' as const };
    expect(await kpiValues('content.quality', incremental, { tenantId, ...march })).toEqual([1]);
    expect(await kpiValues('content.quality', incremental, { tenantId, from: '2025-02-01', to: '2025-02-28', granularity: 'MONTH' })).toEqual([0]);
    // Draft → publication: the tutorial 3 days (4,320 min), the story 2 days 12 hours (3,600 min), the story only once recorded.
    expect(await kpiValues('content.production_minutes', incremental, { tenantId, ...march })).toEqual([(4_320 + 3_600) / 2]);
    expect(await kpiValues('content.production_minutes', incremental, { tenantId, ...march, asOf: new Date('2025-03-10T00:00:00Z') })).toEqual([4_320]);
  });

  it('should rebuild online to exactly what projecting the events one by one at ingest left', async () => {
    const { items, engagement, ugc } = aContentHistory(aTenantId());
    const rebuilt = await rebuildAfterIngest(bed.pool, [...engagement, ...items, ...ugc, ...engagement.slice(0, 9)], contentFactsProjection, 17);

    await rebuilt.expectAsIngested('content_facts');
  });
});
