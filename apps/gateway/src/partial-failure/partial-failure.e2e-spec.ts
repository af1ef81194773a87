import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { eventually } from '@groundswell/test-kit';
import { e2ePorts as ports, startSecondGateway, type SecondGateway } from '../testing/second-gateway';
import { SwitchableProxy } from './switchable-proxy';

// A second gateway on the e2e platform's subgraphs, with analytics behind a proxy the test can take
// away; the platform's own gateway and analytics are left alone for the other specs.

const mixed = '{ membersStatus { service } kpiCatalogue { totalCount } }';
const membersOnly = '{ membersStatus { service } }';

let proxy: SwitchableProxy;
let gateway: SecondGateway;
let token: string;

async function ask(query: string) {
  const response = await fetch(`${gateway.url}/graphql`, {
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
  gateway = await startSecondGateway(50, { SUBGRAPH_URL_ANALYTICS: `http://127.0.0.1:${proxy.port}/graphql`, SUBGRAPH_TIMEOUT_MS_ANALYTICS: '1000' });
  await eventually(async () => expect((await fetch(`${gateway.url}/health/ready`)).status).toBe(200), 60_000);
});

afterAll(async () => {
  await gateway.stop();
  await proxy.stop();
});

describe('the gateway with one subgraph gone', () => {
  it('should answer a query across members and analytics in full while both are up', async () => {
    const { body } = await ask(mixed);
    expect(codesOf(body)).toEqual([]);
    expect(body.data).toEqual({ membersStatus: { service: 'members' }, kpiCatalogue: { totalCount: expect.any(Number) } });
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
      const response = await fetch(`${gateway.url}/health/ready`);
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
