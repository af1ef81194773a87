import { spawn, type ChildProcess } from 'node:child_process';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { eventually } from '@groundswell/test-kit';
import { subgraphs } from '../subgraphs';
import { SwitchableProxy } from './switchable-proxy';

// A second gateway on the e2e platform's subgraphs, with analytics behind a proxy the test can take
// away; the platform's own gateway and analytics are left alone for the other specs.
const ports = () => JSON.parse(process.env.GROUNDSWELL_E2E_PORTS!) as Record<string, number>;
const gatewayPort = () => ports().gateway + 50;
const gatewayUrl = () => `http://127.0.0.1:${gatewayPort()}`;

const mixed = '{ membersStatus { service } kpiCatalogue { id } }';
const membersOnly = '{ membersStatus { service } }';

let proxy: SwitchableProxy;
let gateway: ChildProcess;
let token: string;

async function ask(query: string) {
  const response = await fetch(`${gatewayUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions: { code: string; details?: unknown } }> } };
}

const codesOf = (body: Awaited<ReturnType<typeof ask>>['body']) => (body.errors ?? []).map((error) => error.extensions.code);

beforeAll(async () => {
  token = await signDevToken({ sub: 'e2e-partial', tenant: 'e2e-partial-failure', roles: ['owner'] }, developmentTokenSettings(process.env));
  proxy = new SwitchableProxy(ports().analytics + 50, ports().analytics);
  await proxy.start();
  const subgraphUrls = Object.fromEntries(
    subgraphs.map(({ name }) => [`SUBGRAPH_URL_${name.toUpperCase()}`, `http://127.0.0.1:${name === 'analytics' ? proxy.port : ports()[name]}/graphql`]),
  );
  gateway = spawn(process.execPath, ['dist/apps/gateway/src/main.js'], {
    env: { ...process.env, ...subgraphUrls, PORT: String(gatewayPort()), LOG_LEVEL: 'error', NODE_ENV: 'test', SUBGRAPH_TIMEOUT_MS_ANALYTICS: '1000' },
    stdio: 'ignore',
  });
  await eventually(async () => expect((await fetch(`${gatewayUrl()}/health/ready`)).status).toBe(200), 60_000);
});

afterAll(async () => {
  const exited = new Promise((resolve) => gateway.once('exit', resolve));
  gateway.kill('SIGTERM');
  await exited;
  await proxy.stop();
});

describe('the gateway with one subgraph gone', () => {
  it('should answer a query across members and analytics in full while both are up', async () => {
    const { body } = await ask(mixed);
    expect(codesOf(body)).toEqual([]);
    expect(body.data).toEqual({ membersStatus: { service: 'members' }, kpiCatalogue: expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]) });
  });

  describe('when analytics is unreachable', () => {
    beforeAll(() => proxy.stop());

    it('should answer a members-only query in full', async () => {
      const { status, body } = await ask(membersOnly);
      expect({ status, body }).toEqual({ status: 200, body: { data: { membersStatus: { service: 'members' } } } });
    });

    it('should answer the members part of a mixed query and name analytics as unavailable', async () => {
      const { body } = await ask(mixed);
      expect(body.data).toEqual({ membersStatus: { service: 'members' }, kpiCatalogue: null });
      expect(body.errors?.map((error) => error.extensions)).toEqual([{ code: 'SUBGRAPH_UNAVAILABLE', details: { service: 'analytics' } }]);
    });

    it('should stay ready and say which subgraph it cannot reach', async () => {
      const response = await fetch(`${gatewayUrl()}/health/ready`);
      const health = (await response.json()) as { details: { subgraphs: { unreachable: string[] } } };
      expect(response.status).toBe(200);
      expect(health.details.subgraphs.unreachable).toEqual(['analytics']);
    });
  });

  describe('when analytics accepts connections but does not answer', () => {
    beforeAll(async () => {
      proxy.mode = 'stalling';
      await proxy.start();
    });

    afterAll(async () => {
      await proxy.stop();
      proxy.mode = 'forwarding';
    });

    it('should give up on it after its timeout and answer the rest', async () => {
      const { body } = await ask(mixed);
      expect(body.data).toEqual({ membersStatus: { service: 'members' }, kpiCatalogue: null });
      expect(codesOf(body)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    });
  });

  describe('when analytics is back', () => {
    beforeAll(() => proxy.start());

    it('should answer the mixed query in full again without a gateway restart', async () => {
      await eventually(async () => expect(codesOf((await ask(mixed)).body)).toEqual([]), 30_000);
      expect((await ask(mixed)).body.data).toMatchObject({ membersStatus: { service: 'members' } });
    });
  });
});
