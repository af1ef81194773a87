// Composes the subgraph SDLs into apps/gateway/supergraph.graphql (run `npm run supergraph`).
// It also writes apps/gateway/operation-permissions.json, each root field's required permissions
// as its resolvers declare them. Each built service prints both (`--print-schema-facts`).
// `check` exits 1 when a committed file differs from a fresh composition.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { subgraphs, supergraphFile as target } from '../apps/gateway/src/subgraph-list.ts';
import type { SchemaFacts } from '../libs/service-kit/src/bootstrap.ts';
import { composeSupergraph } from './lib/compose-supergraph.ts';
import { mergeOperationPermissions, operationPermissionsFile, printOperationPermissions } from '../apps/gateway/src/security/operation-permissions.ts';

async function main(): Promise<void> {
  // One process per service, all at once: each boots its Nest application once for both facts.
  const facts = await Promise.all(
    subgraphs.map(async (subgraph) => {
      const { stdout } = await promisify(execFile)(process.execPath, [`dist/apps/${subgraph.name}/src/main.js`, '--print-schema-facts'], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, OTEL_TRACES_EXPORTER: 'none' },
      });
      return { subgraph, ...(JSON.parse(stdout) as SchemaFacts) };
    }),
  );
  const composed = composeSupergraph(facts.map(({ subgraph, sdl }) => ({ ...subgraph, sdl })));
  const permissions = printOperationPermissions(mergeOperationPermissions(facts.map(({ subgraph, permissions }) => ({ name: subgraph.name, manifest: permissions }))));

  if (process.argv[2] === 'check') {
    const committed = readFileSync(target, 'utf8');
    if (committed !== composed) {
      console.error(`${target} is stale: run \`npm run supergraph\` and commit the result.`);
      process.exit(1);
    }
    if (readFileSync(operationPermissionsFile, 'utf8') !== permissions) {
      console.error(`${operationPermissionsFile} is stale: run \`npm run supergraph\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${target} is up to date.`);
  } else {
    writeFileSync(target, composed);
    // The build copies the file into dist; keep that copy current so a built gateway serves the new schema.
    if (existsSync('dist/apps/gateway')) writeFileSync(`dist/${target}`, composed);
    writeFileSync(operationPermissionsFile, permissions);
    console.log(`wrote ${target}`);
    console.log(`wrote ${operationPermissionsFile}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
