import { kpiCatalogue } from './kpi-catalogue';

describe('kpiCatalogue', () => {
  it('should give every KPI a unique id', () => {
    const ids = kpiCatalogue.map((kpi) => kpi.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(kpiCatalogue.map((kpi) => [kpi.id, kpi] as const))('should fully document %s', (_, kpi) => {
    expect(kpi.inventoryId).toMatch(/^(KPI|MEM)-\d{2}$/);
    expect(kpi.names.en).not.toBe('');
    expect(kpi.names.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(kpi.version).toBeGreaterThanOrEqual(1);
    expect(kpi.formula.length).toBeGreaterThan(10);
    expect(kpi.definition.length).toBeGreaterThan(80);
    expect(kpi.dimensions).toEqual(kpi.id.startsWith('points.') ? ['tenant'] : ['tenant', 'community', 'platform']);
  });

  it('should implement every KPI the members service’s events support (issue 5)', () => {
    const inventoryIds = new Set(kpiCatalogue.map((kpi) => kpi.inventoryId));
    expect([...inventoryIds].sort()).toEqual([
      'KPI-01', 'KPI-02', 'KPI-04', 'KPI-05', 'KPI-06', 'KPI-07', 'KPI-11', 'KPI-13', 'KPI-15', 'KPI-19',
      'KPI-32', 'KPI-33', 'KPI-34', 'KPI-35', 'KPI-37', 'KPI-68',
      'MEM-12', 'MEM-36', 'MEM-38',
    ]);
  });
});
