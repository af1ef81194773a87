import { readFileSync } from 'node:fs';
import path from 'node:path';
import { kpiCatalogue } from './kpi-catalogue';
import { renderKpiDocs } from './kpi-docs';

describe(renderKpiDocs.name, () => {
  it('should find docs/kpis.md current with the catalogue (regenerate: node apps/analytics/scripts/kpi-docs.ts)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../../docs/kpis.md'), 'utf8');
    expect(committed).toBe(renderKpiDocs(kpiCatalogue));
  });

  it('should list every KPI with its id, both names and version', () => {
    const docs = renderKpiDocs(kpiCatalogue);
    for (const kpi of kpiCatalogue) expect(docs).toContain(`| ${kpi.id} | ${kpi.inventoryId} | ${kpi.names.en} | ${kpi.names.zh} | ${kpi.version} |`);
  });
});
