import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { IdentityForwardingDataSource } from '../auth/identity-forwarding.data-source';
import { keepAliveFetcher, type KeepAliveFetcher } from './keep-alive-fetcher';

/** A stand-in subgraph that counts the TCP connections it accepts and answers every operation. */
function fakeSubgraph() {
  const state = { connections: 0, requests: 0, server: undefined as unknown as Server };
  state.server = createServer((request, response) => {
    state.requests += 1;
    request.resume().on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: { membersStatus: { service: 'members' } } }));
    });
  });
  state.server.on('connection', () => (state.connections += 1));
  return state;
}

describe('keepAliveFetcher through IdentityForwardingDataSource', () => {
  const subgraph = fakeSubgraph();
  let url: string;
  let fetcher: KeepAliveFetcher;

  beforeAll(async () => {
    await new Promise<void>((resolve) => subgraph.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(subgraph.server.address() as AddressInfo).port}/graphql`;
  });
  afterEach(() => fetcher.close());
  afterAll(() => new Promise((resolve) => subgraph.server.close(resolve)));

  const callSubgraph = (dataSource: IdentityForwardingDataSource) =>
    dataSource.process({
      kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
      request: { query: '{ membersStatus { service } }' },
      context: {} as never,
    });

  it('should send one request after another over a single connection', async () => {
    fetcher = keepAliveFetcher({ maxSocketsPerSubgraph: 4 });
    const dataSource = new IdentityForwardingDataSource(url, 'identity-secret-that-is-at-least-32-characters', fetcher);
    const before = { connections: subgraph.connections, requests: subgraph.requests };
    for (let call = 0; call < 5; call++) {
      expect((await callSubgraph(dataSource)).data).toEqual({ membersStatus: { service: 'members' } });
    }
    expect(subgraph.requests - before.requests).toBe(5);
    expect(subgraph.connections - before.connections).toBe(1);
  });

  it('should open no more connections than allowed, however many requests run at once', async () => {
    fetcher = keepAliveFetcher({ maxSocketsPerSubgraph: 2 });
    const dataSource = new IdentityForwardingDataSource(url, 'identity-secret-that-is-at-least-32-characters', fetcher);
    const before = subgraph.connections;
    const results = await Promise.all(Array.from({ length: 10 }, () => callSubgraph(dataSource)));
    expect(results.every((result) => result.data !== undefined)).toBe(true);
    expect(subgraph.connections - before).toBe(2);
  });

  it('should pass the subgraph\'s status and body through to the data source', async () => {
    fetcher = keepAliveFetcher({ maxSocketsPerSubgraph: 1 });
    const response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.url).toBe(url);
    expect(await response.json()).toEqual({ data: { membersStatus: { service: 'members' } } });
  });
});
