import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { eventually } from '../libs/test-kit/src/eventually';
import { portsFor, startServices, stopServices, waitUntilReady, type RunningService } from './lib/services.ts';

// A platform of its own (gateway, members, analytics) beside the e2e one: other ports, databases and deployment namespace.
const portOffset = 600;
const databasePrefix = 'groundswell_tracecheck';
const namespace = 'tracecheck';

interface ExportedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** An OTLP/HTTP (JSON) receiver that keeps what the services export in memory. */
function otlpReceiver(): { server: Server; spans: ExportedSpan[] } {
  const spans: ExportedSpan[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
        const service = resourceSpans.resource.attributes.find((attribute: { key: string }) => attribute.key === 'service.name')?.value.stringValue;
        for (const scopeSpans of resourceSpans.scopeSpans) {
          for (const span of scopeSpans.spans) spans.push({ service, traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId, name: span.name });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return { server, spans };
}

async function dropDatabases(): Promise<void> {
  const client = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${databasePrefix}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

describe('one trace from the gateway to another service’s consumer', () => {
  const receiver = otlpReceiver();
  let services: RunningService[] = [];

  beforeAll(async () => {
    await dropDatabases();
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.server.address() as AddressInfo;
    services = startServices({
      portOffset,
      databasePrefix,
      only: ['members', 'analytics', 'gateway'],
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_POOL_MAX: '4',
        GROUNDSWELL_ENV: namespace,
        // What production sets to reach its collector (docs/operations.md, "Tracing").
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${port}/v1/traces`,
        OTEL_BSP_SCHEDULE_DELAY: '200',
      },
    });
    await waitUntilReady(services);
  }, 180_000);

  afterAll(async () => {
    await stopServices(services);
    receiver.server.close();
    await dropDatabases();
  });

  it('should connect the gateway request, the members resolver, the relay’s publish and analytics’ handling', async () => {
    const traceId = randomBytes(16).toString('hex');
    const token = await signDevToken({ sub: 'trace-owner', tenant: `trace-${randomBytes(3).toString('hex')}`, roles: ['owner'] }, developmentTokenSettings(process.env));
    const response = await fetch(`http://127.0.0.1:${portsFor(portOffset).gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: JSON.stringify({ query: 'mutation { createCommunity(input: { name: "追踪群", platform: wechat }) { community { id } } }' }),
    });
    const result = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(result.errors).toBeUndefined();

    const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
    const has = (service: string, name: RegExp) => inTrace().some((span) => span.service === `groundswell-${service}` && name.test(span.name));
    await eventually(
      () =>
        expect({
          gateway: has('gateway', /POST/),
          membersResolver: has('members', /createCommunity/),
          membersAppend: has('members', /INSERT|pg\.query/),
          relayPublish: has('members', /^publish gs\.members\.community$/),
          analyticsProcess: has('analytics', /^process gs\.members\.community$/),
        }).toEqual({ gateway: true, membersResolver: true, membersAppend: true, relayPublish: true, analyticsProcess: true }),
      60_000,
      250,
    );
    // The consumer's span is a child of the relay's publish span, which is a child of the request's trace.
    const publish = inTrace().find((span) => span.name === 'publish gs.members.community')!;
    const handling = inTrace().find((span) => span.name === 'process gs.members.community')!;
    expect(handling.parentSpanId).toBe(publish.spanId);
  }, 240_000);
});
