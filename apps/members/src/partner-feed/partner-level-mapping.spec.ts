import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@groundswell/events';
import { toPartnerEvent, type PartnerFacts } from './partner-event.mapping';

const memberId = randomUUID();
const levelChanged = (data: Record<string, unknown>) =>
  ({ type: 'groundswell.members.GrowthLevelChanged.v1', tenantid: 'tenant-a', subject: `points-${memberId}`, streamversion: 4, data: { memberId, growthValue: 150, ...data } }) as unknown as EventEnvelope;
// Version 2 renamed "sprout" to "sapling" and added "forest".
const tables = new Map([
  [1, ['seed', 'sprout', 'tree']],
  [2, ['seed', 'sapling', 'tree', 'forest']],
]);
const facts: PartnerFacts = { pointsBalanceAfter: async () => -1, levelTables: async () => tables };

describe('partner MemberLevelChanged', () => {
  it('should tell partners the new and previous level as positions in the tenant table, lowest 0', async () => {
    expect(await toPartnerEvent(levelChanged({ from: 'seed', to: 'tree', levelTableVersion: 2 }), facts)).toEqual({
      type: 'groundswell.partner.MemberLevelChanged.v1',
      memberId,
      data: { memberId, level: 2, previousLevel: 0 },
      always: false,
    });
  });

  it('should place a level renamed away in the table that last had it', async () => {
    expect((await toPartnerEvent(levelChanged({ from: 'sprout', to: 'forest', levelTableVersion: 2 }), facts))?.data).toEqual({ memberId, level: 3, previousLevel: 1 });
  });

  it('should publish a first placement above the lowest level, and nothing for a first placement on it', async () => {
    expect((await toPartnerEvent(levelChanged({ to: 'sapling', levelTableVersion: 2 }), facts))?.data).toEqual({ memberId, level: 1, previousLevel: 0 });
    expect(await toPartnerEvent(levelChanged({ to: 'seed', levelTableVersion: 2 }), facts)).toBeUndefined();
  });

  it('should carry no growth value or level names', async () => {
    const partner = await toPartnerEvent(levelChanged({ from: 'seed', to: 'tree', levelTableVersion: 1 }), facts);
    expect(Object.keys(partner!.data).sort()).toEqual(['level', 'memberId', 'previousLevel']);
  });
});
