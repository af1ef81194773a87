import { randomUUID } from 'node:crypto';
import { aMemberActivity, aMemberJoined, aTenantId } from '../../testing/analytics-event.factories';
import { EventLogFactSource } from '../../testing/event-log-fact-source';
import { findKpi } from '../kpi-catalogue';
import { answerScorecard } from './answer-scorecard';
import { scorecardFrameworks } from './scorecard-frameworks';

describe('scorecards (§5.2 frameworks)', () => {
  it('should cover the eight frameworks, name only catalogued KPIs and say why a dimension without any waits', () => {
    expect(scorecardFrameworks).toHaveLength(8);
    for (const framework of scorecardFrameworks) {
      for (const dimension of framework.dimensions) {
        for (const kpiId of dimension.kpiIds) expect(findKpi(kpiId)?.id).toBe(kpiId);
        if (dimension.kpiIds.length === 0) expect(dimension.pending?.reason).toMatch(/\w{10,}/);
      }
    }
  });

  it('should answer each supported metric over the range as one period, and list the unsupported ones', async () => {
    const tenantId = aTenantId();
    const communityId = randomUUID();
    const members = Array.from({ length: 4 }, () => randomUUID());
    const facts = new EventLogFactSource([
      ...members.slice(0, 2).map((memberId) => aMemberJoined({ tenantId, communityId, memberId, at: '2025-02-20T08:00:00Z' })),
      ...members.slice(2).map((memberId) => aMemberJoined({ tenantId, communityId, memberId, at: '2025-03-10T08:00:00Z' })),
      aMemberActivity({ tenantId, communityId, memberId: members[0]!, at: '2025-03-15T08:00:00Z' }),
    ]);
    const fiveEffects = scorecardFrameworks.find((framework) => framework.id === 'FIVE_EFFECTS')!;
    const card = await answerScorecard(fiveEffects, { scope: { tenantId }, range: { start: '2025-03-01', end: '2025-03-31' }, asOf: new Date('2025-04-01T00:00:00Z'), facts });
    const value = (kpiId: string) => card.metrics.find((metric) => metric.kpiId === kpiId)?.value;
    expect(value('members.new')).toBe(2);
    expect(value('members.total')).toBe(4);
    expect(value('members.growth_rate')).toBe(1); // 2 → 4
    expect(value('activity.rate')).toBe(1 / 4);
    expect(card.supported).toBe(true);
    expect(value('commerce.gmv')).toBe(0);
    expect(card.pending.map((metric) => metric.dimension)).toEqual(['Brand communication', 'Customer care']);
    expect(card.metrics.every((metric) => metric.definitionVersion >= 1)).toBe(true);
  });
});
