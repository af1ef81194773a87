import { randomUUID } from 'node:crypto';
import { aMemberActivity, aMemberJoined, aTenantId } from '../../testing/analytics-event.factories';
import { evaluateKpi, kpiValues } from '../../testing/evaluate-kpi';
import { aMemberErased, aMemberMergedInto, aMemberUnmerged } from '../../testing/member-fact.factories';
import { EventLogFactSource } from '../../testing/event-log-fact-source';

describe('merges and erasures in KPIs', () => {
  const tenantId = aTenantId();
  const communityId = randomUUID();
  const [duplicate, survivor] = [randomUUID(), randomUUID()];
  const mergeId = randomUUID();
  // The same person joined twice (two accounts) and was active on both on 1 March; merged on 10 March, unmerged on 20 March.
  const events = [
    aMemberJoined({ tenantId, communityId, memberId: duplicate, at: '2025-02-01T08:00:00Z' }),
    aMemberJoined({ tenantId, communityId, memberId: survivor, at: '2025-02-02T08:00:00Z' }),
    aMemberJoined({ tenantId, communityId, at: '2025-02-03T08:00:00Z' }),
    aMemberActivity({ tenantId, communityId, memberId: duplicate, at: '2025-03-01T08:00:00Z' }),
    aMemberActivity({ tenantId, communityId, memberId: survivor, at: '2025-03-01T09:00:00Z' }),
    aMemberMergedInto({ tenantId, memberId: duplicate, survivorMemberId: survivor, mergeId, at: '2025-03-10T12:00:00Z' }),
    aMemberUnmerged({ tenantId, survivorMemberId: survivor, absorbedMemberId: duplicate, mergeId, at: '2025-03-20T12:00:00Z' }),
  ];
  const ask = (asOf: string) => ({ tenantId, from: '2025-03-01', to: '2025-03-01', asOf: new Date(asOf) });

  it('should count two accounts of one person as two until the merge is recorded, as one after, and as two again after the unmerge', async () => {
    const facts = new EventLogFactSource(events);
    expect(await kpiValues('activity.dau', facts, ask('2025-03-10T11:59:59Z'))).toEqual([2]);
    expect(await kpiValues('members.total', facts, ask('2025-03-10T11:59:59Z'))).toEqual([3]);
    expect(await kpiValues('activity.dau', facts, ask('2025-03-10T12:00:00Z'))).toEqual([1]);
    expect(await kpiValues('members.total', facts, ask('2025-03-10T12:00:00Z'))).toEqual([2]);
    expect(await kpiValues('activity.dau', facts, ask('2025-03-20T12:00:00Z'))).toEqual([2]);
    expect(await kpiValues('members.total', facts, ask('2025-03-20T12:00:00Z'))).toEqual([3]);
  });

  it('should still answer version 1, which counted the merged duplicate as a member of its own', async () => {
    const facts = new EventLogFactSource(events);
    const afterMerge = ask('2025-03-10T12:00:00Z');
    expect(await evaluateKpi('members.total', facts, afterMerge)).toMatchObject({ definitionVersion: 2 });
    expect(await kpiValues('members.total', facts, { ...afterMerge, version: 1 })).toEqual([3]);
    expect(await kpiValues('activity.dau', facts, { ...afterMerge, version: 1 })).toEqual([2]);
    expect(await kpiValues('activity.dau', facts, { ...afterMerge, version: 2 })).toEqual([1]);
  });

  it('should refuse a version a KPI never had, and versions of KPIs that never changed', async () => {
    const facts = new EventLogFactSource(events);
    for (const [id, version] of [['members.total', 3], ['members.new', 2]] as const) {
      await expect(kpiValues(id, facts, { ...ask('2025-03-10T12:00:00Z'), version })).rejects.toMatchObject({ category: 'BAD_USER_INPUT' });
    }
  });

  it('should keep new-member counts as events: a merge does not undo a join', async () => {
    const facts = new EventLogFactSource(events);
    expect(await kpiValues('members.new', facts, { tenantId, from: '2025-02-01', to: '2025-02-28', granularity: 'MONTH', asOf: new Date('2025-03-15T00:00:00Z') })).toEqual([3]);
  });

  it('should keep an erased member in every count: aggregates survive erasure', async () => {
    const erased = aMemberErased({ tenantId, memberId: survivor, at: '2025-03-05T00:00:00Z' });
    const before = new EventLogFactSource(events);
    const after = new EventLogFactSource([...events, erased]);
    const asOf = '2025-03-06T00:00:00Z';
    for (const id of ['activity.dau', 'members.total', 'activity.rate']) {
      expect(await kpiValues(id, after, ask(asOf))).toEqual(await kpiValues(id, before, ask(asOf)));
    }
    expect(await kpiValues('members.total', after, ask(asOf))).toEqual([3]);
  });
});
