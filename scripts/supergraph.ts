// Composes the subgraph SDLs into apps/gateway/supergraph.graphql (run `npm run supergraph`).
// It also writes apps/gateway/operation-permissions.json, each root field's required permissions
// as its resolvers declare them (`--print-permissions`).
// `check` exits 1 when a committed file differs from a fresh composition.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { subgraphs, supergraphFile as target } from '../apps/gateway/src/subgraph-list.ts';
import { composeSupergraph } from './lib/compose-supergraph.ts';
import {
  mergeOperationPermissions,
  operationPermissionsFile,
  printOperationPermissions,
} from '../apps/gateway/src/security/operation-permissions.ts';

const printed = (name: string, flag: string) =>
  execFileSync(process.execPath, [`dist/apps/${name}/src/main.js`, flag], {
    encoding: 'utf8',
    env: { ...process.env, OTEL_TRACES_EXPORTER: 'none' },
  });

const composed = composeSupergraph(subgraphs.map((subgraph) => ({ ...subgraph, sdl: printed(subgraph.name, '--print-sdl') })));
const permissions = printOperationPermissions(
  mergeOperationPermissions(subgraphs.map(({ name }) => ({ name, manifest: JSON.parse(printed(name, '--print-permissions')) }))),
);

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
