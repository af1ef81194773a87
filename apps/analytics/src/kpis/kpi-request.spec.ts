import { randomUUID } from 'node:crypto';
import { RequestError } from '@groundswell/service-kit';
import { toKpiQuery, type KpiRequest } from './kpi-request';

const now = new Date('2025-06-01T12:00:00Z');
const aRequest = (overrides: Partial<KpiRequest> = {}): KpiRequest => ({
  id: 'members.new',
  tenantId: 'tenant-a',
  from: '2025-03-01',
  to: '2025-03-31',
  granularity: 'DAY',
  ...overrides,
});

const rejection = (request: KpiRequest) => {
  try {
    toKpiQuery(request, now);
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

describe(toKpiQuery.name, () => {
  it('should resolve a request to its definition, scope and periods', () => {
    const communityId = randomUUID();
    const query = toKpiQuery(aRequest({ communityId, platform: 'wecom', granularity: 'WEEK' }), now);
    expect(query.definition.id).toBe('members.new');
    expect(query.scope).toEqual({ tenantId: 'tenant-a', communityId, platform: 'wecom' });
    expect(query.periods[0]).toEqual({ start: '2025-02-24', end: '2025-03-02' });
    expect(query.asOf).toEqual(now);
  });

  it('should narrow a content KPI to one item', () => {
    expect(toKpiQuery(aRequest({ id: 'content.reads', itemId: 'item-1' }), now).scope).toEqual({ tenantId: 'tenant-a', itemId: 'item-1' });
  });

  it.each([
    ['an unknown KPI id', { id: 'members.nope' }],
    ['an impossible day', { from: '2025-02-30' }],
    ['a range that ends before it starts', { from: '2025-04-01', to: '2025-03-01' }],
    ['a range longer than three years', { from: '2020-01-01', to: '2025-01-01' }],
    ['an asOf in the future', { asOf: new Date('2025-06-02T00:00:00Z') }],
    ['a community id that is not a UUID', { communityId: 'community-1' }],
    ['an unknown platform', { platform: 'myspace' }],
    ['an empty tenant', { tenantId: ' ' }],
    ['an item filter on a KPI without an item dimension', { itemId: 'item-1' }],
    ['an item filter on a content KPI answered per member', { id: 'content.creator_retention', itemId: 'item-1' }],
    ['a platform filter on a content KPI', { id: 'content.reads', platform: 'wecom' }],
    ['an empty item id', { id: 'content.reads', itemId: ' ' }],
  ])('should reject %s as BAD_USER_INPUT', (_, overrides) => {
    const error = rejection(aRequest(overrides));
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).category).toBe('BAD_USER_INPUT');
  });
});
