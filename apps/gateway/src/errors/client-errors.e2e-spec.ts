import { randomUUID } from 'node:crypto';
import { encodeCursor } from '@groundswell/service-kit';
import { expectingSuccess, gatewayClient, type GraphqlClient } from '@groundswell/test-kit';

const errorsOf = (body: { errors?: Array<{ extensions: { code: string; reason?: string } }> }) => (body.errors ?? []).map((error) => error.extensions);

describe('client mistakes at the gateway', () => {
  const tenant = `e2e-client-errors-${randomUUID().slice(0, 8)}`;
  let graphql: GraphqlClient;
  let communityId: string;

  beforeAll(async () => {
    graphql = await gatewayClient(tenant);
    const created = await expectingSuccess(graphql)('mutation { createCommunity(input: { name: "错误码群", platform: wechat }) { community { id } } }');
    communityId = created.createCommunity.community.id;
  });

  it('should answer a malformed member id with BAD_USER_INPUT', async () => {
    const body = await graphql('{ member(id: "not-a-member-id") { id } }');
    expect(errorsOf(body)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' }]);
  });

  it('should answer an unknown but well-formed member id with null and no error', async () => {
    const body = await graphql(`{ member(id: "${randomUUID()}") { id } }`);
    expect(body).toEqual({ data: { member: null } });
  });

  it.each([
    ['made up', 'bm90LWEtY3Vyc29y'],
    ['edited to hold SQL', encodeCursor(['2026-11-01T00:00:00Z', "x' OR 1=1 --"])],
    ['edited to hold a date that is not one', encodeCursor(['2026-02-31T25:00:00Z', randomUUID()])],
  ])('should answer a cursor %s with BAD_USER_INPUT', async (_, cursor) => {
    const body = await graphql('query($filter: MembersFilter!, $after: String) { members(filter: $filter, after: $after) { totalCount } }', { filter: { communityId }, after: cursor });
    expect(errorsOf(body).map(({ code }) => code)).toEqual(['BAD_USER_INPUT']);
  });

  it('should answer a fragment cycle with a validation error', async () => {
    const body = await graphql('query { ...A } fragment A on Query { membersStatus { service } ...B } fragment B on Query { ...A }');
    expect(errorsOf(body)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' }]);
  });

  it('should answer an unknown fragment with a validation error', async () => {
    const body = await graphql('query { ...Missing }');
    expect(errorsOf(body)).toEqual([{ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' }]);
  });
});
