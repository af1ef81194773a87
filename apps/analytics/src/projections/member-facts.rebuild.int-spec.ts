import { randomUUID } from 'node:crypto';
import { activityKinds, type EventEnvelope } from '@groundswell/events';
import { freshDatabase } from '@groundswell/test-kit';
import { createAnalyticsDatabase } from '../testing/analytics-database';
import { aCommunityCreated, aMemberActivity, aMemberJoined, aMemberLeft, aTenantId } from '../testing/analytics-event.factories';
import { rebuildAfterIngest } from '../testing/ingest-test-bed';
import { aChurnRisk, aCommunityStatusChanged, aLifecycleStageChanged, aMemberMergedInto, aMemberUnmerged, aPointsEvent } from '../testing/member-fact.factories';
import { memberFactProjections } from './member-facts.rebuild';

/** Every kind of member fact, some late, some delivered twice. */
function aMemberFactHistory(): EventEnvelope[] {
  const tenantId = aTenantId();
  const communities = [randomUUID(), randomUUID()];
  const members = Array.from({ length: 8 }, () => randomUUID());
  const events: EventEnvelope[] = [];
  for (let index = 0; index < 300; index++) {
    const at = new Date(Date.parse('2025-03-01T00:00:00Z') + ((index * 7_919) % (20 * 24 * 60)) * 60_000);
    const facts = {
      tenantId,
      communityId: communities[index % 2]!,
      memberId: members[(index * 3) % members.length]!,
      at: at.toISOString(),
      recordedAt: new Date(at.getTime() + (index % 7 === 0 ? 2 * 86_400_000 : 0)).toISOString(),
    };
    const what = index % 12;
    if (what === 0) events.push(aMemberJoined(facts));
    else if (what === 1) events.push(aMemberLeft(facts));
    else if (what === 2) events.push(aChurnRisk({ ...facts, status: (['flagged', 'confirmed', 'dismissed'] as const)[index % 3]! }));
    else if (what === 3) events.push(aLifecycleStageChanged({ ...facts, to: 'active', cause: 'promotion' }));
    else if (what === 4) events.push(aPointsEvent({ ...facts, kind: (['earned', 'adjusted', 'redeemed', 'expired'] as const)[index % 4]!, amount: 10 + index }));
    else if (what === 5) events.push(index % 24 === 5 ? aCommunityCreated(facts) : aCommunityStatusChanged({ ...facts, to: 'dormant' }));
    else if (what === 6) {
      const mergeId = randomUUID();
      const [duplicate, survivor] = [members[index % 8]!, members[(index + 1) % 8]!];
      events.push(aMemberMergedInto({ ...facts, memberId: duplicate, survivorMemberId: survivor, mergeId }));
      if (index % 4 === 2) events.push(aMemberUnmerged({ tenantId, at: facts.recordedAt, survivorMemberId: survivor, absorbedMemberId: duplicate, mergeId }));
    } else events.push(aMemberActivity({ ...facts, kind: activityKinds[index % activityKinds.length]! }));
  }
  return [...events, ...events.filter((_, index) => index % 11 === 0)];
}

describe('member-fact projections', () => {
  const database = freshDatabase('test', () => createAnalyticsDatabase('member_facts_rebuild'));

  it.each(memberFactProjections.map((projection) => [projection.name, projection] as const))(
    'should rebuild %s online to exactly what projecting the events one by one at ingest left',
    async (_, projection) => {
      const rebuilt = await rebuildAfterIngest(database.pool, aMemberFactHistory(), projection, 37);

      for (const table of projection.tables) await rebuilt.expectAsIngested(table);
    },
  );
});
