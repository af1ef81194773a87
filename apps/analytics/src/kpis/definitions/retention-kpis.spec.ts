import { randomUUID } from 'node:crypto';
import { aMemberActivity, aMemberJoined, aMemberLeft, aTenantId } from '../../testing/analytics-event.factories';
import { kpiValues } from '../../testing/evaluate-kpi';
import { aChurnRisk } from '../../testing/member-fact.factories';
import { EventLogFactSource } from '../../testing/event-log-fact-source';
import { churnRate, churnRiskShare, memberLifecycleLength, retentionD1, retentionD30, retentionD7, retentionWeekly } from './retention-kpis';

describe('retention KPIs', () => {
  const tenantId = aTenantId();
  const communityId = randomUUID();
  const join = (memberId: string, day: string) => aMemberJoined({ tenantId, communityId, memberId, at: `${day}T08:00:00Z` });
  const act = (memberId: string, day: string) => aMemberActivity({ tenantId, communityId, memberId, at: `${day}T12:00:00Z` });

  it('should measure Dn retention from each member’s own join day', async () => {
    const [ann, bob, cai, dan] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const facts = new EventLogFactSource([
      join(ann, '2025-03-03'),
      join(bob, '2025-03-04'),
      join(cai, '2025-03-04'),
      join(dan, '2025-02-01'), // an earlier cohort
      act(ann, '2025-03-04'), // day 1, and inside days 1–7
      act(bob, '2025-03-11'), // day 7
      act(cai, '2025-03-04'), // day 0 only: counts for nothing
      act(ann, '2025-04-02'), // day 30
      act(bob, '2025-03-28'), // day 24: first day of Bob’s D30 window (days 24–30)
      act(dan, '2025-03-04'),
    ]);
    const week = { tenantId, from: '2025-03-03', to: '2025-03-09', granularity: 'WEEK' as const };
    expect(await kpiValues(retentionD1.id, facts, week)).toEqual([1 / 3]);
    expect(await kpiValues(retentionD7.id, facts, week)).toEqual([2 / 3]);
    expect(await kpiValues(retentionD30.id, facts, week)).toEqual([2 / 3]);
    expect(await kpiValues(retentionD1.id, facts, { ...week, from: '2025-03-10', to: '2025-03-16' })).toEqual([null]);
  });

  it('should measure weekly retention in the ISO week after the join week', async () => {
    const [ann, bob] = [randomUUID(), randomUUID()];
    // Ann joins on Sunday 9 March and is active on Monday 10th, the next week; Bob joins on Monday 3rd and is active on the 9th, his own week.
    const facts = new EventLogFactSource([join(ann, '2025-03-09'), join(bob, '2025-03-03'), act(ann, '2025-03-10'), act(bob, '2025-03-09')]);
    expect(await kpiValues(retentionWeekly.id, facts, { tenantId, from: '2025-03-03', to: '2025-03-09', granularity: 'WEEK' })).toEqual([1 / 2]);
  });

  it('should rate churn as departures in the period over members at its start', async () => {
    const members = Array.from({ length: 20 }, () => randomUUID());
    const facts = new EventLogFactSource([
      ...members.map((memberId) => join(memberId, '2025-02-10')),
      ...members.slice(0, 3).map((memberId) => aMemberLeft({ tenantId, communityId, memberId, at: '2025-03-15T08:00:00Z' })),
      join(randomUUID(), '2025-03-02'),
    ]);
    expect(await kpiValues(churnRate.id, facts, { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' })).toEqual([3 / 20]);
  });

  it('should take the median days from the latest join to the departure', async () => {
    const [ann, bob, cai] = [randomUUID(), randomUUID(), randomUUID()];
    const leave = (memberId: string, day: string) => aMemberLeft({ tenantId, communityId, memberId, at: `${day}T08:00:00Z` });
    const facts = new EventLogFactSource([
      join(ann, '2025-01-01'), leave(ann, '2025-03-02'), // 60 days
      join(bob, '2024-12-01'), leave(bob, '2025-01-01'), join(bob, '2025-03-01'), leave(bob, '2025-03-11'), // rejoined: 10 days
      join(cai, '2025-02-01'), leave(cai, '2025-03-31'), // 58 days
    ]);
    expect(await kpiValues(memberLifecycleLength.id, facts, { tenantId, from: '2025-03-01', to: '2025-03-31', granularity: 'MONTH' })).toEqual([58]);
    expect(await kpiValues(memberLifecycleLength.id, facts, { tenantId, from: '2025-02-01', to: '2025-02-28', granularity: 'MONTH' })).toEqual([null]);
  });

  it('should count open, undismissed churn-risk flags of members still in the community', async () => {
    const members = Array.from({ length: 10 }, () => randomUUID());
    const risk = (memberId: string, day: string, status?: 'confirmed' | 'dismissed') =>
      aChurnRisk({ tenantId, communityId, memberId, at: `${day}T08:00:00Z`, ...(status ? { status } : {}) });
    const facts = new EventLogFactSource([
      ...members.map((memberId) => join(memberId, '2025-02-01')),
      risk(members[0]!, '2025-03-01'),
      risk(members[1]!, '2025-03-01'),
      risk(members[1]!, '2025-03-02', 'confirmed'),
      risk(members[2]!, '2025-03-01'),
      risk(members[2]!, '2025-03-05', 'dismissed'),
      risk(members[3]!, '2025-03-01'),
      aMemberLeft({ tenantId, communityId, memberId: members[3]!, at: '2025-03-03T08:00:00Z' }),
    ]);
    // End of 4 March: members 0, 1 and 2 at risk, of 9 members (3 left); member 2’s flag was dismissed on the 5th.
    expect(await kpiValues(churnRiskShare.id, facts, { tenantId, from: '2025-03-04', to: '2025-03-06' })).toEqual([3 / 9, 2 / 9, 2 / 9]);
  });

  it('should end a churn risk when a later assessment falls below the high band, and read the older contracts alike', async () => {
    const [modern, legacy, cleared] = [randomUUID(), randomUUID(), randomUUID()];
    const facts = new EventLogFactSource([
      ...[modern, legacy, cleared, randomUUID()].map((memberId) => join(memberId, '2025-02-01')),
      aChurnRisk({ tenantId, communityId, memberId: modern, at: '2025-03-01T08:00:00Z' }),
      aChurnRisk({ tenantId, communityId, memberId: legacy, at: '2025-03-01T08:00:00Z', legacy: true }),
      aChurnRisk({ tenantId, communityId, memberId: legacy, at: '2025-03-02T08:00:00Z', status: 'dismissed', legacy: true }),
      aChurnRisk({ tenantId, communityId, memberId: cleared, at: '2025-03-01T08:00:00Z' }),
      aChurnRisk({ tenantId, communityId, memberId: cleared, at: '2025-03-02T08:00:00Z', status: 'cleared' }),
    ]);
    // 1 March: all three flagged, of 4 members; 2 March: the legacy flag is dismissed and the third member's risk cleared.
    expect(await kpiValues(churnRiskShare.id, facts, { tenantId, from: '2025-03-01', to: '2025-03-02' })).toEqual([3 / 4, 1 / 4]);
  });
});
