// `npm start`: infrastructure, build, all six services; Ctrl-C or SIGTERM stops them all.
import { execFileSync } from 'node:child_process';
import { exampleQuery, startServices, stopServices, waitUntilReady } from './lib/services.ts';

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: 'inherit' });
const node = process.execPath;

run(node, ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', 'deploy/local/infra.ts', 'up']);
run('npm', ['run', '--silent', 'build']);

const services = startServices({
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
const banner = `
Groundswell is running.

  GraphQL gateway   http://127.0.0.1:4000/graphql
  Health / metrics  http://127.0.0.1:4000/health/ready  http://127.0.0.1:4000/metrics

Try:
  curl -s http://127.0.0.1:4000/graphql -H 'content-type: application/json' \\
    -d '${body}'

Ctrl-C stops every service.
`;
waitUntilReady(services).then(
  () => console.log(banner),
  (error: Error) => {
    console.error(`Groundswell did not start: ${error.message}`);
    void shutdown('failure', 1);
  },
);
