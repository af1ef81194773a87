// The container's entry point (Dockerfile): `node dist/scripts/lib/run-service.js <service>` starts one
// service of the registry in this very process, so SIGTERM from the runtime reaches its own handler.
import { serviceNames } from '../../libs/service-kit/src/registry/service-registry.ts';

const name = process.argv[2] ?? process.env.GROUNDSWELL_SERVICE;
if (!name || !(serviceNames as readonly string[]).includes(name)) {
  console.error(`usage: run-service <service>, one of: ${serviceNames.join(', ')} (got ${name ?? 'nothing'})`);
  process.exit(64);
}
require(`../../apps/${name}/src/main.js`);
