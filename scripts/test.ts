// `npm test`: infrastructure, type-check, build, then the unit, integration
// and end-to-end jest projects in that order; ends with one summary line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const node = process.execPath;
const quietNode = [node, '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON'] as const;
const step = (title: string, command: string, args: string[]) => {
  console.log(`\n▶ ${title}`);
  execFileSync(command, args, { stdio: 'inherit' });
};

step('infrastructure', quietNode[0], [quietNode[1], 'deploy/local/infra.ts', 'up']);
step('type-check', 'npm', ['run', '--silent', 'typecheck']);
step('build', 'npm', ['run', '--silent', 'build']);

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  numRuntimeErrorTestSuites: number;
  success: boolean;
}

// Jest writes no results when it refuses its arguments or crashes; that run counts as one failed suite.
const noResults: JestSummary = {
  numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0,
  numFailedTestSuites: 0, numRuntimeErrorTestSuites: 1, success: false,
};
const readSummary = (outputFile: string): JestSummary =>
  existsSync(outputFile) ? (JSON.parse(readFileSync(outputFile, 'utf8')) as JestSummary) : noResults;

rmSync('.local/test-results', { recursive: true, force: true });
mkdirSync('.local/test-results', { recursive: true });
const projects = ['unit', 'integration', 'e2e'];
// Unit specs have no I/O and share nothing, so they use both cores; the others run one file at a time
// against the shared servers (jest.config.js recycles workers that grow large).
const workersFor = (project: string) => ['--maxWorkers', project === 'unit' ? '2' : '1'];
const summaries: Array<{ project: string; summary: JestSummary; exitCode: number }> = [];
for (const project of projects) {
  console.log(`\n▶ jest: ${project}`);
  const outputFile = `.local/test-results/${project}.json`;
  // Jest loads our ESM-only dependencies (NestJS 12) through require(esm), which needs vm modules.
  const result = spawnSync(
    node,
    ['--experimental-vm-modules', '--no-warnings', 'node_modules/jest/bin/jest.js', '--selectProjects', project, ...workersFor(project), '--ci', '--json', `--outputFile=${outputFile}`, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  summaries.push({ project, summary: readSummary(outputFile), exitCode: result.status ?? 1 });
}

const total = (key: keyof JestSummary) => summaries.reduce((sum, { summary }) => sum + Number(summary[key]), 0);
console.log('');
for (const { project, summary } of summaries) {
  console.log(`  ${project.padEnd(12)} ${summary.numPassedTests} passed, ${summary.numFailedTests} failed`);
}
const failedSuites = total('numFailedTestSuites') + total('numRuntimeErrorTestSuites');
console.log(`tests: ${total('numPassedTests')} passed, ${total('numFailedTests')} failed, ${total('numPendingTests') + total('numTodoTests')} skipped`);
if (failedSuites > 0 || summaries.some(({ exitCode }) => exitCode !== 0)) {
  console.error(`${failedSuites} test suite(s) failed.`);
  process.exit(1);
}
