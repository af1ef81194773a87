import { randomUUID } from 'node:crypto';
import { aMemberActivity, aTenantId } from '../../testing/analytics-event.factories';
import { kpiValues } from '../../testing/evaluate-kpi';
import { aMemberMergedInto } from '../../testing/member-fact.factories';
import { EventLogFactSource } from '../../testing/event-log-fact-source';
import { interactionCount, interactionFrequency, peakActivityHour, returnVisitRate } from './interaction-kpis';

describe('interaction KPIs', () => {
  const tenantId = aTenantId();
  const communityId = randomUUID();
  const [ann, bob, cai] = [randomUUID(), randomUUID(), randomUUID()];

  it('should count every qualifying interaction, not distinct members, and skip passive activity', async () => {
    const facts = new EventLogFactSource([
      aMemberActivity({ tenantId, communityId, memberId: ann, at: '2025-03-03T09:00:00Z', kind: 'comment' }),
      aMemberActivity({ tenantId, communityId, memberId: ann, at: '2025-03-03T09:30:00Z', kind: 'reaction' }),
      aMemberActivity({ tenantId, communityId, memberId: bob, at: '2025-03-04T09:00:00Z', kind: 'share' }),
      aMemberActivity({ tenantId, communityId, memberId: bob, at: '2025-03-04T10:00:00Z', kind: 'visit' }),
      aMemberActivity({ tenantId, communityId, memberId: bob, at: '2025-03-04T10:00:00Z', kind: 'content_view' }),
    ]);
    expect(await kpiValues(interactionCount.id, facts, { tenantId, from: '2025-03-03', to: '2025-03-04' })).toEqual([2, 1]);
  });

  it('should divide the week’s interactions by the week’s active members', async () => {
    // Ann 4 interactions, Bob 2 in the 7 days to 9 March; one of Cai’s falls on 2 March, outside the week.
    const facts = new EventLogFactSource([
      ...['03', '04', '05', '09'].map((day) => aMemberActivity({ tenantId, communityId, memberId: ann, at: `2025-03-${day}T09:00:00Z` })),
      ...['06', '07'].map((day) => aMemberActivity({ tenantId, communityId, memberId: bob, at: `2025-03-${day}T09:00:00Z` })),
      aMemberActivity({ tenantId, communityId, memberId: cai, at: '2025-03-02T09:00:00Z' }),
    ]);
    expect(await kpiValues(interactionFrequency.id, facts, { tenantId, from: '2025-03-09', to: '2025-03-09' })).toEqual([6 / 2]);
    expect(await kpiValues(interactionFrequency.id, facts, { tenantId, from: '2025-02-20', to: '2025-02-20' })).toEqual([null]);
  });

  it('should rate return visits over 30 days, passive visits included, pooling merged accounts’ days', async () => {
    const duplicate = randomUUID();
    const events = [
      aMemberActivity({ tenantId, communityId, memberId: ann, at: '2025-03-01T09:00:00Z', kind: 'visit' }),
      aMemberActivity({ tenantId, communityId, memberId: ann, at: '2025-03-20T09:00:00Z', kind: 'content_view' }),
      aMemberActivity({ tenantId, communityId, memberId: bob, at: '2025-03-05T09:00:00Z' }),
      aMemberActivity({ tenantId, communityId, memberId: bob, at: '2025-03-05T18:00:00Z' }),
      aMemberActivity({ tenantId, communityId, memberId: cai, at: '2025-03-10T09:00:00Z' }),
      aMemberActivity({ tenantId, communityId, memberId: duplicate, at: '2025-03-11T09:00:00Z' }),
    ];
    const ask = { tenantId, from: '2025-03-30', to: '2025-03-30' };
    // Ann came on two days; Bob twice on one day; Cai and the duplicate once each: 1 of 4.
    expect(await kpiValues(returnVisitRate.id, new EventLogFactSource(events), ask)).toEqual([1 / 4]);
    // Once the duplicate is merged into Cai, Cai came on two days: 2 of 3.
    const merged = aMemberMergedInto({ tenantId, memberId: duplicate, survivorMemberId: cai, at: '2025-03-12T00:00:00Z' });
    expect(await kpiValues(returnVisitRate.id, new EventLogFactSource([...events, merged]), ask)).toEqual([2 / 3]);
  });

  it('should name the UTC hour with the most interactions, the earliest on a tie, and null without any', async () => {
    const at = (hour: string, count: number) =>
      Array.from({ length: count }, () => aMemberActivity({ tenantId, communityId, at: `2025-03-03T${hour}:10:00Z`, kind: 'reaction' }));
    const facts = new EventLogFactSource([...at('20', 3), ...at('12', 3), ...at('08', 2)]);
    expect(await kpiValues(peakActivityHour.id, facts, { tenantId, from: '2025-03-03', to: '2025-03-04' })).toEqual([12, null]);
  });
});
