// `npm start`: infrastructure, build, all six services; Ctrl-C or SIGTERM stops them all.
import { execFileSync } from 'node:child_process';
import { developmentTokenSettings } from '../libs/service-kit/src/auth/development-credentials.ts';
import { signDevToken } from '../libs/service-kit/src/auth/dev-token.ts';
import { exampleQuery, portsFor, startServices, stopServices, waitUntilReady } from './lib/services.ts';

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
const banner = (token: string) => `
Groundswell is running.

  GraphQL gateway   ${gatewayUrl}/graphql
  Health / metrics  ${gatewayUrl}/health/ready  ${gatewayUrl}/metrics

Every GraphQL request needs a token. This one is for tenant "demo" as owner, valid 12 hours
(more: npm run token -- --tenant demo --roles analyst):

  ${token}

Try:
  curl -s ${gatewayUrl}/graphql -H 'content-type: application/json' \\
    -H 'authorization: Bearer ${token}' \\
    -d '${body}'

Ctrl-C stops every service.
`;
waitUntilReady(services)
  .then(() => signDevToken({ sub: 'demo-owner', tenant: 'demo', roles: ['owner'] }, { ...developmentTokenSettings(process.env), ttlSeconds: tokenTtlSeconds }))
  .then(
    (token) => console.log(banner(token)),
    (error: Error) => {
      console.error(`Groundswell did not start: ${error.message}`);
      void shutdown('failure', 1);
    },
  );
