import { kpiCatalogue } from './kpi-catalogue';

// Their events name no community: points belong to member accounts, appeals to sanctions.
const tenantOnly = new Set(['moderation.appeal_uphold_rate']);

describe('kpiCatalogue', () => {
  it('should give every KPI a unique id', () => {
    const ids = kpiCatalogue.map((kpi) => kpi.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(kpiCatalogue.map((kpi) => [kpi.id, kpi] as const))('should fully document %s', (_, kpi) => {
    expect(kpi.inventoryId).toMatch(/^(KPI|MEM|MOD)-\d{2}$/);
    expect(kpi.names.en).not.toBe('');
    expect(kpi.names.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(kpi.version).toBeGreaterThanOrEqual(1);
    expect(kpi.formula.length).toBeGreaterThan(10);
    expect(kpi.definition.length).toBeGreaterThan(80);
    expect(kpi.dimensions).toEqual(tenantOnly.has(kpi.id) || kpi.id.startsWith('points.') ? ['tenant'] : ['tenant', 'community', 'platform']);
  });

  it('should implement every KPI the members and moderation services’ events support (issues 5 and 12)', () => {
    const inventoryIds = new Set(kpiCatalogue.map((kpi) => kpi.inventoryId));
    expect([...inventoryIds].sort()).toEqual([
      'KPI-01', 'KPI-02', 'KPI-04', 'KPI-05', 'KPI-06', 'KPI-07', 'KPI-11', 'KPI-13', 'KPI-15', 'KPI-19',
      'KPI-32', 'KPI-33', 'KPI-34', 'KPI-35', 'KPI-37',
      'KPI-59', 'KPI-60', 'KPI-61', 'KPI-62', 'KPI-63', 'KPI-64', 'KPI-65', 'KPI-68',
      'MEM-12', 'MEM-36', 'MEM-38', 'MOD-12', 'MOD-14',
    ]);
  });
});
