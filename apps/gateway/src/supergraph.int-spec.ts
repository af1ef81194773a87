import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { subgraphs } from './subgraph-list';

// Each subgraph's SDL is printed by its own built process: NestJS keeps code-first type metadata
// per process, so building five schemas in one process would leak types between them.
const printSdl = (name: string) =>
  execFileSync(process.execPath, [`dist/apps/${name}/src/main.js`, '--print-sdl'], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });

describe('supergraph', () => {
  it('should have every service built (npm test builds before running jest)', () => {
    for (const { name } of subgraphs) expect(existsSync(`dist/apps/${name}/src/main.js`)).toBe(true);
  });

  it('should equal a fresh composition of the subgraphs (run `npm run supergraph` when this fails)', () => {
    const check = spawnSync(process.execPath, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', 'scripts/supergraph.ts', 'check'], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toContain('is up to date');
    expect(check.status).toBe(0);
  });

  it('should give every subgraph its own status query and no other subgraph\'s types', () => {
    const members = printSdl('members');
    // Nullable, so a members subgraph that is down costs only its own fields (SUBGRAPH_UNAVAILABLE).
    expect(members).toMatch(/^  membersStatus: ServiceStatus$/m);
    expect(members).not.toMatch(/contentStatus|type KpiSeries/);
  });
});
