// Writes docs/kpis.md from the KPI catalogue:  node apps/analytics/scripts/kpi-docs.ts
// apps/analytics/src/kpis/kpi-docs.spec.ts fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(process.argv[1]!), '..', '..', '..');
const libraries: Record<string, string> = { '@groundswell/events': 'libs/events/src/index.ts' };

// The sources import without extensions and through tsconfig paths, as SWC and jest want; Node wants files.
registerHooks({
  resolve(specifier, context, nextResolve) {
    const library = libraries[specifier];
    if (library) return nextResolve(pathToFileURL(path.join(root, library)).href, context);
    if (!/^\.\.?\//.test(specifier) || specifier.endsWith('.ts')) return nextResolve(specifier, context);
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return nextResolve(candidate, context);
      } catch {
        // try the next spelling
      }
    }
    return nextResolve(specifier, context);
  },
});

void Promise.all([import('../src/kpis/kpi-catalogue.ts'), import('../src/kpis/kpi-docs.ts')]).then(([{ kpiCatalogue }, { renderKpiDocs }]) => {
  const file = path.join(root, 'docs', 'kpis.md');
  writeFileSync(file, renderKpiDocs(kpiCatalogue));
  console.log(`wrote ${path.relative(root, file)} (${kpiCatalogue.length} KPIs)`);
});
