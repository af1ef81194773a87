import { randomUUID } from 'node:crypto';
import { domainTopics, type EventEnvelope } from '@groundswell/events';
import { ingestConsumerDefinition } from '../ingest/ingest.module';
import { kpiCatalogue } from '../kpis/kpi-catalogue';
import { ProjectionFactSource } from '../kpis/projection-fact-source';
import { aMemberActivity, aMemberJoined, aTenantId } from '../testing/analytics-event.factories';
import { aCampaignCreated, aCampaignJoined, aCampaignRevised, aCampaignStarted, aCheckIn, aConversion, aConversionRefunded, aCouponClaimed, aMemberAcquired } from '../testing/campaign-event.factories';
import { expectSameKpiValues, kpiValues, type KpiAsk } from '../testing/evaluate-kpi';
import { EventLogFactSource } from '../testing/event-log-fact-source';
import { ingestTestBed, rebuildAfterIngest } from '../testing/ingest-test-bed';
import { campaignFactsProjection } from './campaign-facts.rebuild';

const channels = ['kol', 'push', null, 'live_stream'] as const;

/** Two communities, a two-community promotion and a one-community live stream over March, some events recorded late. */
function aCampaignHistory(tenantId: string) {
  const [north, south] = [randomUUID(), randomUUID()];
  const [promotion, stream] = [randomUUID(), randomUUID()];
  const plan = { communityIds: [north, south], startsAt: '2025-03-01T00:00:00Z', endsAt: '2025-03-31T00:00:00Z' };
  const campaigns: EventEnvelope[] = [
    aCampaignCreated({ tenantId, campaignId: promotion, at: '2025-02-20T08:00:00Z', ...plan, budget: { platform: 30_000, content: 50_000 }, targets: [{ metric: 'gmv', value: 200_000 }] }),
    aCampaignRevised({
      tenantId,
      campaignId: promotion,
      at: '2025-02-25T08:00:00Z',
      recordedAt: '2025-03-05T08:00:00Z',
      ...plan,
      budget: { platform: 30_000, content: 60_000, event: 10_000 },
      regionalMultipliers: [{ region: 'tier1', percent: 150 }],
      targets: [{ metric: 'gmv', value: 150_000 }, { metric: 'participants', value: 30 }, { metric: 'reach', value: 40 }],
    }),
    aCampaignStarted({ tenantId, campaignId: promotion, at: '2025-03-01T00:00:00Z' }),
    aCampaignCreated({ tenantId, campaignId: stream, kind: 'live_stream', at: '2025-02-20T08:00:00Z', ...plan, communityIds: [north], budget: { event: 20_000 }, targets: [{ metric: 'conversions', value: 5 }] }),
    aCampaignStarted({ tenantId, campaignId: stream, at: '2025-03-01T00:00:00Z' }),
  ];
  const participation: EventEnvelope[] = [];
  const conversions: EventEnvelope[] = [];
  for (let index = 0; index < 40; index++) {
    const memberId = randomUUID();
    const communityId = index % 3 === 0 ? south : north;
    const campaignId = communityId === north && index % 4 === 1 ? stream : promotion;
    const at = `2025-03-${String((index % 25) + 2).padStart(2, '0')}T0${index % 9}:00:00Z`;
    const recordedAt = index % 7 === 0 ? `2025-03-${String((index % 25) + 4).padStart(2, '0')}T12:00:00Z` : at;
    const when = { tenantId, at, recordedAt };
    participation.push(aMemberJoined({ tenantId, communityId, memberId, at: '2025-02-01T08:00:00Z' }), aMemberActivity({ tenantId, communityId, memberId, at, kind: 'comment' }));
    if (index % 5 === 4) continue;
    participation.push(aCampaignJoined({ ...when, campaignId, communityId, memberId, channel: channels[index % 4], ...(index % 6 === 0 ? { referralCode: 'REF-1' } : {}) }));
    if (index % 2 === 0) participation.push(aCheckIn({ ...when, campaignId, memberId }));
    if (index % 3 === 1) participation.push(aCouponClaimed({ ...when, campaignId, memberId }));
    if (index % 8 === 0) participation.push(aMemberAcquired({ ...when, campaignId, communityId: randomUUID(), memberId: randomUUID() }));
    if (index % 3 === 2) continue;
    const kind = index % 11 === 0 ? 'lead' : index % 7 === 3 ? 'subscription' : 'purchase';
    const sale = aConversion({ ...when, memberId, amountMinor: kind === 'lead' ? 0 : 5_000 + index * 300, kind, ...(index % 10 === 9 ? {} : { campaignId }) });
    conversions.push(...sale.events);
    if (index % 4 === 0) conversions.push(...aConversion({ ...when, memberId, amountMinor: 2_000, campaignId, at: at.replace('T0', 'T1') }).events);
    if (index % 9 === 3 && kind !== 'lead') conversions.push(aConversionRefunded({ tenantId, conversionId: sale.conversionId, amountMinor: 2_500, at: '2025-04-02T08:00:00Z' }));
  }
  return { north, promotion, campaigns, participation, conversions };
}

const campaignKpiIds = kpiCatalogue.filter((kpi) => /^(commerce|campaign|budget)\./.test(kpi.id)).map((kpi) => kpi.id);

describe('campaign-fact projection', () => {
  const bed = ingestTestBed('campaign_facts', 'analytics-campaigns-test');

  it('should listen to every campaigns topic', () => {
    expect(ingestConsumerDefinition().topics).toEqual(expect.arrayContaining(Object.values(domainTopics.campaigns)));
  });

  it('should project campaign events from Kafka exactly once, to what a from-scratch computation over the events gives, at every asOf and filter', async () => {
    const tenantId = aTenantId();
    const { north, promotion, campaigns, participation, conversions } = aCampaignHistory(tenantId);

    await bed.ingestFromKafka({
      'analytics-campaign': [...campaigns, ...participation, ...participation.slice(0, 15)],
      'analytics-conversion': [...conversions, ...conversions],
    });

    const events = [...campaigns, ...participation, ...conversions];
    await bed.untilRows('analytics_events', events.length);
    const incremental = new ProjectionFactSource(bed.pool);
    const month = { from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' as const };
    const asks: KpiAsk[] = [
      { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'WEEK' as const },
      { tenantId, communityId: north, ...month },
      { tenantId, campaignId: promotion, ...month },
      { tenantId, channel: 'kol', ...month },
      { tenantId, ...month, asOf: new Date('2025-03-10T00:00:00Z') },
    ];
    await expectSameKpiValues(incremental, new EventLogFactSource(events), campaignKpiIds, asks);
    // Redelivered events changed nothing: the promotion's budget lines as last revised, 100,000 fen at 150 %.
    expect(await kpiValues('budget.operating_cost', incremental, { tenantId, campaignId: promotion, ...month })).toEqual([150_000]);
    expect(await kpiValues('budget.operating_cost', incremental, { tenantId, campaignId: promotion, ...month, asOf: new Date('2025-03-01T00:00:00Z') })).toEqual([80_000]);
  });

  it('should rebuild online to exactly what projecting the events one by one at ingest left', async () => {
    const { campaigns, participation, conversions } = aCampaignHistory(aTenantId());
    const rebuilt = await rebuildAfterIngest(bed.pool, [...conversions, ...campaigns, ...participation, ...participation.slice(0, 9)], campaignFactsProjection, 17);

    await rebuilt.expectAsIngested('campaign_facts');
  });
});
