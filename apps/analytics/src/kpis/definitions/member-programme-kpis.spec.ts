import { randomUUID } from 'node:crypto';
import { aCommunityCreated, aMemberActivity, aMemberJoined, aMemberLeft, aTenantId } from '../../testing/analytics-event.factories';
import { kpiValues } from '../../testing/evaluate-kpi';
import { aChurnRisk, aCommunityStatusChanged, aLifecycleStageChanged, aPointsEvent } from '../../testing/member-fact.factories';
import { EventLogFactSource } from '../../testing/event-log-fact-source';
import { aCaseDecided, aCrisisAlertRaised } from '../../testing/moderation-event.factories';
import { communityFailure90 } from './community-kpis';
import { communityHealth } from './health-kpis';
import { demotionRate, promotionRate } from './lifecycle-kpis';
import { pointsExpired, pointsIssued, pointsRedeemed } from './points-kpis';

describe('lifecycle, points, community-survival and health KPIs', () => {
  const tenantId = aTenantId();
  const communityId = randomUUID();

  it('should distribute open memberships over their latest lifecycle stage, new by default', async () => {
    const [ann, bob, cai, dan] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const stage = (memberId: string, day: string, to: 'active' | 'core' | 'dormant', cause: 'promotion' | 'demotion' | 'override') =>
      aLifecycleStageChanged({ tenantId, communityId, memberId, at: `${day}T08:00:00Z`, to, cause });
    const facts = new EventLogFactSource([
      ...[ann, bob, cai, dan].map((memberId) => aMemberJoined({ tenantId, communityId, memberId, at: '2025-02-01T08:00:00Z' })),
      stage(ann, '2025-03-02', 'active', 'promotion'),
      stage(ann, '2025-03-09', 'core', 'promotion'),
      stage(bob, '2025-03-03', 'active', 'promotion'),
      stage(bob, '2025-03-20', 'dormant', 'demotion'),
      stage(cai, '2025-03-04', 'core', 'override'),
      aMemberLeft({ tenantId, communityId, memberId: cai, at: '2025-03-25T08:00:00Z' }),
    ]);
    const end = { tenantId, from: '2025-03-31', to: '2025-03-31' };
    expect(await kpiValues('lifecycle.stage.new', facts, end)).toEqual([1]); // Dan
    expect(await kpiValues('lifecycle.stage.core', facts, end)).toEqual([1]); // Ann; Cai left
    expect(await kpiValues('lifecycle.stage.dormant', facts, end)).toEqual([1]); // Bob
    expect(await kpiValues('lifecycle.stage.active', facts, { tenantId, from: '2025-03-05', to: '2025-03-05' })).toEqual([2]);
    const march = { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' as const };
    expect(await kpiValues(promotionRate.id, facts, march)).toEqual([3 / 4]);
    expect(await kpiValues(demotionRate.id, facts, march)).toEqual([1 / 4]);
  });

  it('should sum points issued (earned and added by hand), redeemed and expired per period, per tenant only', async () => {
    const points = (kind: 'earned' | 'adjusted' | 'redeemed' | 'expired', amount: number, day: string) => aPointsEvent({ tenantId, kind, amount, at: `${day}T08:00:00Z` });
    const facts = new EventLogFactSource([
      points('earned', 100, '2025-03-03'),
      points('earned', 50, '2025-03-09'),
      points('adjusted', 20, '2025-03-04'),
      points('adjusted', -30, '2025-03-04'),
      points('redeemed', 80, '2025-03-05'),
      points('expired', 15, '2025-03-10'),
    ]);
    const weeks = { tenantId, from: '2025-03-03', to: '2025-03-16', granularity: 'WEEK' as const };
    expect(await kpiValues(pointsIssued.id, facts, weeks)).toEqual([170, 0]);
    expect(await kpiValues(pointsRedeemed.id, facts, weeks)).toEqual([80, 0]);
    expect(await kpiValues(pointsExpired.id, facts, weeks)).toEqual([0, 15]);
    await expect(kpiValues(pointsIssued.id, facts, { ...weeks, communityId })).rejects.toThrow(/per tenant only/);
  });

  it('should rate the communities of a creation period that went dormant within 90 days', async () => {
    const created = (id: string, day: string) => aCommunityCreated({ tenantId, communityId: id, at: `${day}T08:00:00Z` });
    const dormant = (id: string, day: string) => aCommunityStatusChanged({ tenantId, communityId: id, at: `${day}T08:00:00Z`, to: 'dormant' });
    const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const facts = new EventLogFactSource([
      created(a, '2025-01-10'), dormant(a, '2025-04-09'), // day 89: failed
      created(b, '2025-01-10'), dormant(b, '2025-04-10'), // day 90: survived 90 days
      created(c, '2025-01-20'),
      created(d, '2025-02-01'), dormant(d, '2025-02-10'), // another cohort
    ]);
    expect(await kpiValues(communityFailure90.id, facts, { tenantId, from: '2025-01-01', to: '2025-01-31', granularity: 'MONTH' })).toEqual([1 / 3]);
  });

  it('should weigh activity 0.5, retention 0.3 and safety 0.2 in community health version 1', async () => {
    // 10 members since February; in March 8 are active, 1 leaves and 1 of the 9 left is flagged.
    const members = Array.from({ length: 10 }, () => randomUUID());
    const facts = new EventLogFactSource([
      ...members.map((memberId) => aMemberJoined({ tenantId, communityId, memberId, at: '2025-02-01T08:00:00Z' })),
      ...members.slice(0, 8).map((memberId) => aMemberActivity({ tenantId, communityId, memberId, at: '2025-03-10T08:00:00Z' })),
      aMemberLeft({ tenantId, communityId, memberId: members[9]!, at: '2025-03-12T08:00:00Z' }),
      aChurnRisk({ tenantId, communityId, memberId: members[8]!, at: '2025-03-15T08:00:00Z' }),
    ]);
    const [health] = await kpiValues(communityHealth.id, facts, { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH', version: 1 });
    // activity 8 ÷ 9 members at the end; churn 1 ÷ 10 at the start; risk 1 ÷ 9.
    expect(health).toBeCloseTo(0.5 * (8 / 9) + 0.3 * (1 - 1 / 10) + 0.2 * (1 - 1 / 9), 12);
  });
  it('should take conduct into community health version 2: violations decided and negative-opinion alerts raised in the period', async () => {
    const members = Array.from({ length: 10 }, () => randomUUID());
    const when = (at: string) => ({ tenantId, communityId, at });
    const base = [
      ...members.map((memberId) => aMemberJoined({ tenantId, communityId, memberId, at: '2025-02-01T08:00:00Z' })),
      ...members.slice(0, 8).map((memberId) => aMemberActivity({ tenantId, communityId, memberId, at: '2025-03-10T08:00:00Z' })),
      aMemberLeft({ tenantId, communityId, memberId: members[9]!, at: '2025-03-12T08:00:00Z' }),
      aChurnRisk({ tenantId, communityId, memberId: members[8]!, at: '2025-03-15T08:00:00Z' }),
    ];
    // Four cases decided in March, one a violation; one negative-opinion alert and one keyword surge raised.
    const moderation = [
      ...['approved', 'approved', 'approved', 'rejected'].map((decision) => aCaseDecided({ ...when('2025-03-20T08:00:00Z'), caseId: randomUUID(), decision: decision as 'approved' | 'rejected' })),
      aCrisisAlertRaised({ ...when('2025-03-21T08:00:00Z'), alertId: randomUUID() }),
      aCrisisAlertRaised({ ...when('2025-03-22T08:00:00Z'), alertId: randomUUID(), indicator: 'keyword_surge', value: 40 }),
    ];
    const ask = { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' as const };
    const others = 0.4 * (8 / 9) + 0.25 * (1 - 1 / 10) + 0.15 * (1 - 1 / 9);
    expect((await kpiValues(communityHealth.id, new EventLogFactSource(base), ask))[0]).toBeCloseTo(others + 0.2 * 1, 12);
    expect((await kpiValues(communityHealth.id, new EventLogFactSource([...base, ...moderation]), ask))[0]).toBeCloseTo(others + 0.2 * (1 - 1 / 4 - 0.25), 12);
  });
});
