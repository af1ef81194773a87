import { randomUUID } from 'node:crypto';
import { aTenantId } from '../../testing/analytics-event.factories';
import { aContentItemDrafted, aContribution, anEngagementSignal } from '../../testing/content-event.factories';
import { kpiValues } from '../../testing/evaluate-kpi';
import { EventLogFactSource } from '../../testing/event-log-fact-source';

const march = { from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' as const };

describe('content KPIs (KPI-14, 20…31, 36)', () => {
  const tenantId = aTenantId();
  const [north, south] = [randomUUID(), randomUUID()];
  const [tutorial, story] = [randomUUID(), randomUUID()];
  const signals = (itemId: string, communityId: string, kind: Parameters<typeof anEngagementSignal>[0]['kind'], count: number, at = '2025-03-10T08:00:00Z') =>
    Array.from({ length: count }, () => anEngagementSignal({ tenantId, communityId, itemId, kind, at }));
  // Tutorial in north: 200 impressions, 100 views, 10 clicks, 6 shares, 4 reposts, 5 comments, 40 plays started, 30 completed.
  // Story in south: 50 impressions, 20 views, 5 clicks, 2 shares. And a view in February and one of another tenant.
  const facts = new EventLogFactSource([
    aContentItemDrafted({ tenantId, itemId: tutorial, communityIds: [north], contentType: 'tips_tutorial', at: '2025-02-20T08:00:00Z' }),
    aContentItemDrafted({ tenantId, itemId: story, communityIds: [south], contentType: 'case_story', at: '2025-02-20T08:00:00Z' }),
    ...signals(tutorial, north, 'impression', 200),
    ...signals(tutorial, north, 'view', 100),
    ...signals(tutorial, north, 'click', 10),
    ...signals(tutorial, north, 'share', 6),
    ...signals(tutorial, north, 'repost', 4),
    ...signals(tutorial, north, 'comment', 5),
    ...signals(tutorial, north, 'video_play_started', 40),
    ...signals(tutorial, north, 'video_play_completed', 30),
    ...signals(story, south, 'impression', 50),
    ...signals(story, south, 'view', 20),
    ...signals(story, south, 'click', 5),
    ...signals(story, south, 'share', 2),
    ...signals(tutorial, north, 'view', 1, '2025-02-27T08:00:00Z'),
    anEngagementSignal({ tenantId: aTenantId(), communityId: north, itemId: tutorial, kind: 'view', at: '2025-03-10T08:00:00Z' }),
    aContribution({ tenantId, communityId: north, authorMemberId: randomUUID(), at: '2025-03-11T08:00:00Z' }),
  ]);

  it('should count reads, shares with reposts, comments and exposure in the period', async () => {
    expect(await kpiValues('content.reads', facts, { tenantId, ...march })).toEqual([120]);
    expect(await kpiValues('content.shares', facts, { tenantId, ...march })).toEqual([12]);
    expect(await kpiValues('content.comments', facts, { tenantId, ...march })).toEqual([5]);
    expect(await kpiValues('content.exposure', facts, { tenantId, ...march })).toEqual([250]);
    expect(await kpiValues('content.reads', facts, { tenantId, from: '2025-02-01', to: '2025-02-28', granularity: 'MONTH' })).toEqual([1]);
  });

  it('should divide shares, clicks, propagation and completions by their own bases', async () => {
    expect(await kpiValues('content.share_rate', facts, { tenantId, ...march })).toEqual([8 / 120]);
    expect(await kpiValues('content.click_through_rate', facts, { tenantId, ...march })).toEqual([15 / 250]);
    expect(await kpiValues('content.propagation_rate', facts, { tenantId, ...march })).toEqual([12 / 120]);
    expect(await kpiValues('content.completion_rate', facts, { tenantId, ...march })).toEqual([30 / 40]);
    expect(await kpiValues('content.completion_rate', facts, { tenantId, communityId: south, ...march })).toEqual([null]);
  });

  it('should narrow to one community or one item', async () => {
    expect(await kpiValues('content.share_rate', facts, { tenantId, communityId: south, ...march })).toEqual([2 / 20]);
    expect(await kpiValues('content.reads', facts, { tenantId, itemId: tutorial, ...march })).toEqual([100]);
    expect(await kpiValues('content.exposure', facts, { tenantId, itemId: story, ...march })).toEqual([50]);
  });

  it('should split reads by content type (KPI-28), contributions having none', async () => {
    expect(await kpiValues('content.type_share.tips_tutorial', facts, { tenantId, ...march })).toEqual([100 / 120]);
    expect(await kpiValues('content.type_share.case_story', facts, { tenantId, ...march })).toEqual([20 / 120]);
    expect(await kpiValues('content.type_share.brand_story', facts, { tenantId, ...march })).toEqual([0]);
    expect(await kpiValues('content.type_share.case_story', facts, { tenantId, communityId: north, ...march })).toEqual([0]);
  });
});
