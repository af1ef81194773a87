// `node scripts/demo/load.ts [gateway URL]`: loads the demo tenant into a running platform, once.
// The URL defaults to GROUNDSWELL_GATEWAY_URL, else the gateway of `npm start` (port 4000 + GROUNDSWELL_PORT_OFFSET).
import { portsFor } from '../lib/services.ts';
import { loadDemo } from './load-demo.ts';

const gatewayUrl =
  process.argv[2] ?? process.env.GROUNDSWELL_GATEWAY_URL ?? `http://127.0.0.1:${portsFor(Number(process.env.GROUNDSWELL_PORT_OFFSET ?? 0)).gateway}`;

if (process.env.NODE_ENV === 'production') {
  console.error('Refusing to load demo data because NODE_ENV is production.');
  process.exit(1);
}
loadDemo({ gatewayUrl }).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`demo: ${error.message}`);
    process.exit(1);
  },
);
