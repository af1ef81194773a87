// Composes the five subgraph SDLs into apps/gateway/supergraph.graphql (run `npm run supergraph`).
// `check` exits 1 when the committed file differs from a fresh composition.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { subgraphs, supergraphFile as target } from '../apps/gateway/src/subgraph-list.ts';
import { composeSupergraph } from '../libs/service-kit/src/graphql/compose-supergraph.ts';

const composed = composeSupergraph(
  subgraphs.map((subgraph) => ({
    ...subgraph,
    sdl: execFileSync(process.execPath, [`dist/apps/${subgraph.name}/src/main.js`, '--print-sdl'], {
      encoding: 'utf8',
      env: { ...process.env, OTEL_TRACES_EXPORTER: 'none' },
    }),
  })),
);

if (process.argv[2] === 'check') {
  const committed = readFileSync(target, 'utf8');
  if (committed !== composed) {
    console.error(`${target} is stale: run \`npm run supergraph\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${target} is up to date.`);
} else {
  writeFileSync(target, composed);
  // The build copies the file into dist; keep that copy current so a built gateway serves the new schema.
  if (existsSync('dist/apps/gateway')) writeFileSync(`dist/${target}`, composed);
  console.log(`wrote ${target}`);
}
