import { kpiCatalogue } from './kpi-catalogue';

describe('kpiCatalogue', () => {
  it('should give every KPI a unique id', () => {
    const ids = kpiCatalogue.map((kpi) => kpi.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(kpiCatalogue.map((kpi) => [kpi.id, kpi] as const))('should fully document %s', (_, kpi) => {
    expect(kpi.inventoryId).toMatch(/^KPI-\d{2}$/);
    expect(kpi.names.en).not.toBe('');
    expect(kpi.names.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(kpi.version).toBeGreaterThanOrEqual(1);
    expect(kpi.formula.length).toBeGreaterThan(10);
    expect(kpi.definition.length).toBeGreaterThan(80);
    expect(kpi.dimensions).toEqual(['tenant', 'community', 'platform']);
  });

  it('should implement new, total and growth (KPI-01/04/05) and active, activity rate and stickiness (KPI-02/07/19)', () => {
    const inventoryIds = new Set(kpiCatalogue.map((kpi) => kpi.inventoryId));
    expect([...inventoryIds].sort()).toEqual(['KPI-01', 'KPI-02', 'KPI-04', 'KPI-05', 'KPI-07', 'KPI-19']);
  });
});
