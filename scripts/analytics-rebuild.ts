// `npm run analytics:rebuild -- <projection|all>`: rebuilds analytics projections online from the
// analytics log (shadow tables, then an atomic swap) while the service keeps ingesting and answering.
// Environment: DATABASE_URL (the analytics database). Runs the build output, which resolves the
// libraries' path aliases.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

// npm runs scripts from the repository root.
const load = createRequire(resolve('package.json'));
const { runRebuildCli } = load('./dist/apps/analytics/src/rebuild/rebuild-cli.js') as typeof import('../apps/analytics/src/rebuild/rebuild-cli');

runRebuildCli(process.argv[2]).then((code) => {
  process.exitCode = code;
});
