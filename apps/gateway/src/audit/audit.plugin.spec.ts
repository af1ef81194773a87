import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { AuditRecordData } from '@groundswell/events';
import type { Identity } from '@groundswell/service-kit';
import { buildSchema } from 'graphql';
import type { GatewayContext } from '../auth/gateway-context';
import { auditPlugin } from './audit.plugin';

const schema = buildSchema('type Query { ok: Boolean } type Mutation { revokeApiKey(id: ID!): Boolean }');
const owner: Identity = { sub: 'u1', tenant: 'demo', roles: ['owner'] };

async function respond(query: string, identity: Identity | undefined, errors?: Array<{ message: string; extensions?: Record<string, unknown> }>) {
  const published: Array<{ tenant: string; record: AuditRecordData }> = [];
  const plugin = auditPlugin({ publish: async (tenant, record) => void published.push({ tenant, record }) });
  const listener = await plugin.requestDidStart!({} as never);
  const context = {
    request: { query, variables: {} },
    schema,
    contextValue: { req: { id: 'req-7' }, identity } as unknown as GatewayContext,
    response: { body: { kind: 'single', singleResult: { errors } } },
  } as unknown as GraphQLRequestContextWillSendResponse<GatewayContext>;
  await listener!.willSendResponse!(context);
  return published;
}

describe(auditPlugin.name, () => {
  it('should publish a mutation’s record under the caller’s tenant once the response is known', async () => {
    const published = await respond('mutation { revokeApiKey(id: "k1") }', owner, [{ message: 'no', extensions: { code: 'FORBIDDEN' } }]);
    expect(published).toEqual([
      { tenant: 'demo', record: { actor: 'u1', operationName: null, fields: ['revokeApiKey'], targets: [{ argument: 'id', id: 'k1' }], result: 'FORBIDDEN', requestId: 'req-7' } },
    ]);
  });

  it('should publish nothing for a query', async () => {
    expect(await respond('{ ok }', owner)).toEqual([]);
  });

  it('should publish nothing without a known caller', async () => {
    expect(await respond('mutation { revokeApiKey(id: "k1") }', undefined)).toEqual([]);
  });
});
