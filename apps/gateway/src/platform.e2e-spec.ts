import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { exampleQuery } from '../../../scripts/lib/services.ts';

const gateway = () => process.env.GROUNDSWELL_E2E_GATEWAY!;
const ports = () => JSON.parse(process.env.GROUNDSWELL_E2E_PORTS!) as Record<string, number>;
let token: string;

async function graphql(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${gateway()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

describe('platform through the gateway', () => {
  beforeAll(async () => {
    token = await signDevToken({ sub: 'e2e-owner', tenant: 'e2e', roles: ['owner'] }, developmentTokenSettings(process.env));
  });

  it('should answer the README example query with data from every subgraph', async () => {
    const { status, json } = await graphql({ query: exampleQuery });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.membersStatus).toMatchObject({ service: 'members', version: expect.any(String) });
    expect(Object.keys(json.data).sort()).toEqual(
      ['accessStatus', 'analyticsStatus', 'campaignsStatus', 'contentStatus', 'membersStatus', 'moderationStatus'],
    );
    for (const [field, status] of Object.entries(json.data as Record<string, { service: string }>)) {
      expect(`${status.service}Status`).toBe(field);
    }
  });

  it('should echo a caller-supplied request id', async () => {
    const { headers } = await graphql({ query: '{ membersStatus { service } }' }, { 'x-request-id': 'e2e-request-0001' });
    expect(headers.get('x-request-id')).toBe('e2e-request-0001');
  });

  it('should reject a query for an unknown field with BAD_USER_INPUT', async () => {
    const { json } = await graphql({ query: '{ membersStatus { nope } }' });
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it.each(['gateway', 'members', 'content', 'campaigns', 'moderation', 'analytics'])(
    'should report %s live, ready and measured',
    async (service) => {
      const base = `http://127.0.0.1:${ports()[service]}`;
      const live = await fetch(`${base}/health/live`);
      expect(live.status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      const readiness = (await ready.json()) as { status: string; info: Record<string, unknown> };
      expect(ready.status).toBe(200);
      expect(readiness.status).toBe('ok');
      // The gateway also names the subgraphs it can and cannot reach, without going unready for them.
      const expected = service === 'gateway' ? ['redis', 'subgraphs'] : service === 'analytics' ? ['kafka', 'postgres', 'redis'] : ['kafka', 'postgres'];
      expect(Object.keys(readiness.info).sort()).toEqual(expected);
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('process_cpu_seconds_total');
      expect(metrics).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/health\/ready"/);
    },
  );

  it('should count GraphQL operations in the metrics of the gateway and the subgraph', async () => {
    await graphql({ query: 'query MetricsProbe { contentStatus { service } }', operationName: 'MetricsProbe' });
    for (const service of ['gateway', 'content']) {
      const metrics = await (await fetch(`http://127.0.0.1:${ports()[service]}/metrics`)).text();
      expect(metrics).toMatch(/graphql_operations_total\{[^}]*operation_name="MetricsProbe[^"]*"[^}]*outcome="success"/);
    }
  });
});
