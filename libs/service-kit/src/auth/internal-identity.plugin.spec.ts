import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { Request } from 'express';
import { parse } from 'graphql';
import { IDENTITY_HEADER, signIdentityHeader } from './identity-header';
import { internalIdentityPlugin } from './internal-identity.plugin';
import type { SubgraphContext } from './subgraph-context';

const secret = 'identity-secret-that-is-at-least-32-characters';
const identity = { sub: 'u1', tenant: 'demo', roles: ['analyst' as const] };

function subgraph() {
  const typeDefs = parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { whoAmI: String }
  `);
  const whoAmI = (_: unknown, __: unknown, context: unknown) => {
    const { identity } = context as SubgraphContext;
    return `${identity?.tenant}/${identity?.sub}`;
  };
  return new ApolloServer<SubgraphContext>({
    schema: buildSubgraphSchema({ typeDefs, resolvers: { Query: { whoAmI } } }),
    plugins: [internalIdentityPlugin({ secret, maxAgeMs: 60_000 }), ApolloServerPluginInlineTraceDisabled()],
  });
}

async function run(query: string, header?: string) {
  const server = subgraph();
  await server.start();
  try {
    const headers = new HeaderMap(header === undefined ? [] : [[IDENTITY_HEADER, header]]);
    const response = await server.executeOperation(
      { query, http: { method: 'POST', headers, search: '', body: {} } },
      { contextValue: { req: {} as Request } },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  } finally {
    await server.stop();
  }
}

describe(internalIdentityPlugin.name, () => {
  it('should put the signed identity on the context', async () => {
    const result = await run('{ whoAmI }', signIdentityHeader({ ...identity, iat: Date.now(), requestId: 'r-0000001' }, secret));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ whoAmI: 'demo/u1' });
  });

  it('should refuse an operation without the header with 401 and no data', async () => {
    const result = await run('{ whoAmI }');
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should refuse an operation with a header signed by someone else', async () => {
    const result = await run('{ whoAmI }', signIdentityHeader({ ...identity, iat: Date.now(), requestId: 'r-0000001' }, `${secret}-other`));
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
  });

  it('should answer the federation SDL query without any identity', async () => {
    const result = await run('{ _service { sdl } }');
    expect(result.errors).toBeUndefined();
    expect((result.data as { _service: { sdl: string } })._service.sdl).toContain('whoAmI');
  });
});
