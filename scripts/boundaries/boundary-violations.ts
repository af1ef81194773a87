import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ICruiseResult, IViolation } from 'dependency-cruiser';

/** The directories whose imports the boundary rules cover. */
export const checkedRoots = ['apps', 'libs', 'scripts', 'deploy'];

const repositoryRoot = resolve(__dirname, '../..');
const rulesFile = resolve(repositoryRoot, '.dependency-cruiser.cjs');
const dependencyCruiser = resolve(repositoryRoot, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');

/** One broken rule as a reader wants it: `rule: from → to`, or the whole cycle. */
function describeViolation(violation: IViolation): string {
  const path = violation.cycle?.length ? [violation.from, ...violation.cycle.map((step) => step.name)] : [violation.from, violation.to];
  return `${violation.rule.name}: ${path.join(' → ')}`;
}

/**
 * Runs dependency-cruiser with the repository's rules (.dependency-cruiser.cjs) over `roots` inside
 * `baseDir` and names every violation. A child process, because dependency-cruiser is ESM-only and
 * jest runs our TypeScript as CommonJS.
 */
export function boundaryViolations(baseDir = repositoryRoot, roots = checkedRoots): string[] {
  const run = spawnSync(process.execPath, [dependencyCruiser, ...roots, '--config', rulesFile, '--output-type', 'json'], {
    cwd: baseDir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (!run.stdout) throw new Error(`dependency-cruiser failed (exit ${run.status}): ${run.stderr}`);
  const result = JSON.parse(run.stdout) as ICruiseResult;
  return result.summary.violations.map(describeViolation).sort();
}
