import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@groundswell/events';
import { toPartnerEvent, type PartnerFacts } from './partner-event.mapping';

const memberId = randomUUID();
const pointsEvent = (type: string, data: Record<string, unknown>) =>
  ({ type, tenantid: 'tenant-a', subject: `points-${memberId}`, streamversion: 7, data: { memberId, ...data } }) as unknown as EventEnvelope;
const facts = (balance: number): PartnerFacts => ({ pointsBalanceAfter: async (event) => (event.streamversion === 7 ? balance : -1), levelTables: async () => new Map() });

describe(toPartnerEvent.name, () => {
  it('should tell partners about earned points with the balance right after them', async () => {
    const event = pointsEvent('groundswell.members.PointsEarned.v1', { sourceRef: 'order:1', sourceKind: 'purchase', amount: 30, earnedAt: '2026-01-01T00:00:00.000Z' });
    expect(await toPartnerEvent(event, facts(130))).toEqual({
      type: 'groundswell.partner.PointsEarned.v1', memberId, data: { memberId, points: 30, balance: 130 }, always: false,
    });
  });

  it('should tell partners about spent points with the balance right after them', async () => {
    const event = pointsEvent('groundswell.members.PointsRedeemed.v1', { redemptionId: randomUUID(), amount: 40, drawnFrom: [], redeemedAt: '2026-01-01T00:00:00.000Z' });
    expect(await toPartnerEvent(event, facts(60))).toMatchObject({ type: 'groundswell.partner.PointsRedeemed.v1', data: { memberId, points: 40, balance: 60 } });
  });

  it('should not tell partners about adjustments or badges', async () => {
    expect(await toPartnerEvent(pointsEvent('groundswell.members.BadgeAwarded.v1', { badgeId: 'x' }), facts(0))).toBeUndefined();
  });
});
