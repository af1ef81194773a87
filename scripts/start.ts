// `npm start`: infrastructure, build, every service; Ctrl-C or SIGTERM stops them all.
import { execFileSync } from 'node:child_process';
import { developmentTokenSettings } from '../libs/service-kit/src/auth/development-credentials.ts';
import { signDevToken } from '../libs/service-kit/src/auth/dev-token.ts';
import { exampleQuery, portsFor, startServices, stopServices, waitUntilReady } from './lib/services.ts';
import { loadDemo, type LoadDemoResult } from './demo/load-demo.ts';

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'inherit' });
const node = process.execPath;

run(node, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', 'deploy/local/infra.ts', 'up']);
run('npm', ['run', '--silent', 'build']);

// A second platform (e.g. the test of this script) runs beside a developer's on other ports and databases.
const portOffset = Number(process.env.GROUNDSWELL_PORT_OFFSET ?? 0);
const databasePrefix = process.env.GROUNDSWELL_DATABASE_PREFIX ?? 'groundswell';
const gatewayUrl = `http://127.0.0.1:${portsFor(portOffset).gateway}`;

const services = startServices({
  portOffset,
  databasePrefix,
  onLine: (service, line) => process.stdout.write(`${service.padEnd(10)} | ${line}\n`),
});

let stopping = false;
async function shutdown(signal: string, code: number) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping all services...`);
  const results = await stopServices(services);
  for (const result of results) console.log(`${result.name.padEnd(10)} stopped (${result.signal ?? `exit ${result.code}`})`);
  process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
for (const service of services) {
  service.process.once('exit', (code) => {
    if (!stopping) {
      console.error(`${service.name} exited unexpectedly (status ${code}); stopping the others.`);
      void shutdown('failure', 1);
    }
  });
}

const body = JSON.stringify({ query: exampleQuery });
const tokenTtlSeconds = 12 * 3600;
// GROUNDSWELL_DEMO=off starts with an empty platform; otherwise the demo tenant is loaded once (scripts/demo).
const demoEnabled = (process.env.GROUNDSWELL_DEMO ?? 'on').toLowerCase() !== 'off';

const curl = (token: string, query: string) => `  curl -s ${gatewayUrl}/graphql -H 'content-type: application/json' \\
    -H 'authorization: Bearer ${token}' \\
    -d '${JSON.stringify({ query })}'`;

function demoSection(token: string, demo: LoadDemoResult | undefined, problem: string | undefined): string {
  if (!demoEnabled) return '';
  if (!demo) {
    return `
The demo tenant did not load (${problem}); the platform runs without it. Load it later with
  node --disable-warning=MODULE_TYPELESS_PACKAGE_JSON scripts/demo/load.ts ${gatewayUrl}
`;
  }
  const { fitness, tech, food } = demo.communities;
  const today = new Date();
  const day = (daysAgo: number) => new Date(today.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return `
Demo tenant "demo": ${fitness.name} ${fitness.memberCount}, ${tech.name} ${tech.memberCount} and ${food.name} ${food.memberCount} members,
with 60 days of activity (GROUNDSWELL_DEMO=off starts without it). More to try with the same token:

The communities and their member counts:
${curl(token, '{ communities(first: 10) { edges { node { id name platform memberCount } } } }')}

The first members of ${fitness.name}, with their names and identities:
${curl(token, `{ members(filter: { communityId: "${fitness.id}" }, first: 5) { edges { node { id displayName registeredAt identities { kind value } memberships { community { name } channel } } } pageInfo { hasNextPage endCursor } } }`)}

Daily active members of ${tech.name} over the last two weeks (weekends are quiet; analytics catches up within a minute):
${curl(token, `{ kpi(id: "activity.dau", filter: { communityId: "${tech.id}" }, range: { from: "${day(13)}", to: "${day(0)}" }, granularity: DAY) { points { periodStart value } } }`)}

Content of ${food.name}: its published items, then their reads per week over the 60 days:
${curl(token, `{ contentItems(first: 10, filter: { communityId: "${food.id}", status: published }) { totalCount edges { node { id title publishedAt } } } }`)}
${curl(token, `{ kpi(id: "content.reads", filter: { communityId: "${food.id}" }, range: { from: "${day(59)}", to: "${day(0)}" }, granularity: WEEK) { points { periodStart value } } }`)}
`;
}

const banner = (token: string, demo: LoadDemoResult | undefined, problem: string | undefined) => `
Groundswell is running.

  GraphQL gateway   ${gatewayUrl}/graphql
  Health / metrics  ${gatewayUrl}/health/ready  ${gatewayUrl}/metrics

GraphQL explorer (GraphiQL, works offline), signed in with the token below:
  ${gatewayUrl}/explorer#token=${token}

Every GraphQL request needs a token. This one is for tenant "demo" as owner, valid 12 hours
(more: npm run token -- --tenant demo --roles analyst):

  ${token}

Try:
  curl -s ${gatewayUrl}/graphql -H 'content-type: application/json' \\
    -H 'authorization: Bearer ${token}' \\
    -d '${body}'
${demoSection(token, demo, problem)}
Ctrl-C stops every service.
`;

async function ready(): Promise<void> {
  await waitUntilReady(services);
  const token = await signDevToken({ sub: 'demo-owner', tenant: 'demo', roles: ['owner'] }, { ...developmentTokenSettings(process.env), ttlSeconds: tokenTtlSeconds });
  let demo: LoadDemoResult | undefined;
  let problem: string | undefined;
  if (demoEnabled) {
    try {
      demo = await loadDemo({ gatewayUrl, token });
    } catch (error) {
      problem = (error as Error).message;
      console.error(`demo: ${problem}`);
    }
  }
  if (!stopping) console.log(banner(token, demo, problem));
}

ready().catch((error: Error) => {
  console.error(`Groundswell did not start: ${error.message}`);
  void shutdown('failure', 1);
});
