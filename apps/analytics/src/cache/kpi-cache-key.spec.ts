import { toKpiQuery, type KpiRequest } from '../kpis/kpi-request';
import { kpiCacheKey } from './kpi-cache-key';

const now = new Date('2025-04-01T00:00:00Z');
const request: KpiRequest = { id: 'members.total', tenantId: 'tenant-a', from: '2025-03-01', to: '2025-03-31', granularity: 'DAY' };
const keyOf = (changes: Partial<KpiRequest>, watermark = '7') => kpiCacheKey(toKpiQuery({ ...request, ...changes }, now), changes.asOf != null, watermark);

describe(kpiCacheKey.name, () => {
  it('should start with the tenant, so no two tenants ever share a key', () => {
    expect(keyOf({})).toMatch(/^analytics:kpi:v1:tenant-a:7:/);
    expect(keyOf({ tenantId: 'tenant-b' })).not.toBe(keyOf({}));
    expect(keyOf({ tenantId: 'tenant:a' })).toMatch(/^analytics:kpi:v1:tenant%3Aa:/);
  });

  it('should change with the watermark, the KPI, the scope, the range, the granularity and asOf', () => {
    const keys = [
      keyOf({}),
      keyOf({}, '8'),
      keyOf({ id: 'members.new' }),
      keyOf({ communityId: '0b0e1f7a-9c1d-4c6e-8f3a-1a2b3c4d5e6f' }),
      keyOf({ platform: 'wecom' }),
      keyOf({ to: '2025-03-30' }),
      keyOf({ granularity: 'WEEK' }),
      keyOf({ asOf: new Date('2025-03-15T00:00:00Z') }),
    ];

    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should tell campaign KPIs apart by campaign and channel', () => {
    const gmv = (changes: Partial<KpiRequest>) => keyOf({ id: 'commerce.gmv', ...changes });
    const keys = [gmv({}), gmv({ campaignId: 'campaign-1' }), gmv({ campaignId: 'campaign-2' }), gmv({ channel: 'kol' }), gmv({ channel: 'push' })];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should tell content KPIs apart by item', () => {
    const reads = (changes: Partial<KpiRequest>) => keyOf({ id: 'content.reads', ...changes });
    const keys = [reads({}), reads({ itemId: 'item-1' }), reads({ itemId: 'item-2' })];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('should not change for requests that normalise to the same one', () => {
    expect(keyOf({ communityId: '0B0E1F7A-9C1D-4C6E-8F3A-1A2B3C4D5E6F' })).toBe(keyOf({ communityId: '0b0e1f7a-9c1d-4c6e-8f3a-1a2b3c4d5e6f' }));
    // Weeks widen to whole ISO weeks: Wednesday..Thursday and Monday..Sunday of the same weeks are one request.
    expect(keyOf({ granularity: 'WEEK', from: '2025-03-05', to: '2025-03-13' })).toBe(keyOf({ granularity: 'WEEK', from: '2025-03-03', to: '2025-03-16' }));
  });
});
