import { buildSchema } from 'graphql';
import { auditRecordOf, MAX_AUDIT_TARGETS, type AuditedRequest } from './audit-record';

const schema = buildSchema(`
  type Query { community(id: ID!): String }
  input ActivityInput { memberId: ID!, kind: String! }
  input RecordInput { communityId: ID!, activities: [ActivityInput!]!, note: String }
  type Mutation {
    joinCommunity(communityId: ID!, phone: String): String
    recordActivity(input: RecordInput!, idempotencyKey: String): String
    revokeApiKey(id: ID!): String
  }
`);

const request = (overrides: Partial<AuditedRequest>): AuditedRequest => ({ schema, actor: 'u1', requestId: 'req-1', errorCodes: [], ...overrides });

describe(auditRecordOf.name, () => {
  it('should record the operation, its fields and every ID-typed argument, literal or variable', () => {
    const record = auditRecordOf(
      request({
        query: `mutation Onboard($c: ID!, $input: RecordInput!) {
          joinCommunity(communityId: $c, phone: "+8613800000000")
          recordActivity(input: $input, idempotencyKey: "k1")
          revokeApiKey(id: "key-9")
        }`,
        variables: { c: 'c1', input: { communityId: 'c2', activities: [{ memberId: 'm1', kind: 'post' }, { memberId: 'm2', kind: 'like' }] } },
      }),
    );
    expect(record).toEqual({
      actor: 'u1',
      operationName: 'Onboard',
      fields: ['joinCommunity', 'recordActivity', 'revokeApiKey'],
      targets: [
        { argument: 'communityId', id: 'c1' },
        { argument: 'input.communityId', id: 'c2' },
        { argument: 'input.activities.memberId', id: 'm1' },
        { argument: 'input.activities.memberId', id: 'm2' },
        { argument: 'id', id: 'key-9' },
      ],
      result: 'ok',
      requestId: 'req-1',
    });
  });

  it('should record the first error code as the result', () => {
    const record = auditRecordOf(request({ query: 'mutation { revokeApiKey(id: "k") }', errorCodes: ['FORBIDDEN', 'INTERNAL'] }));
    expect(record).toMatchObject({ operationName: null, result: 'FORBIDDEN' });
  });

  it('should record a failure without a code as INTERNAL', () => {
    expect(auditRecordOf(request({ query: 'mutation { revokeApiKey(id: "k") }', errorCodes: [undefined] }))?.result).toBe('INTERNAL');
  });

  it('should record a mutation that failed validation, with the fields it named', () => {
    const record = auditRecordOf(request({ query: 'mutation { joinCommunity(communityId: "c1", nope: 1) }', errorCodes: ['BAD_USER_INPUT'] }));
    expect(record).toMatchObject({ fields: ['joinCommunity'], targets: [{ argument: 'communityId', id: 'c1' }], result: 'BAD_USER_INPUT' });
  });

  it('should pick the named operation of a document with several', () => {
    const query = 'query Read { community(id: "c1") } mutation Leave { joinCommunity(communityId: "c2") }';
    expect(auditRecordOf(request({ query, operationName: 'Read' }))).toBeNull();
    expect(auditRecordOf(request({ query, operationName: 'Leave' }))?.fields).toEqual(['joinCommunity']);
  });

  it('should record nothing for queries and for text that does not parse', () => {
    expect(auditRecordOf(request({ query: '{ community(id: "c1") }' }))).toBeNull();
    expect(auditRecordOf(request({ query: 'mutation {' }))).toBeNull();
    expect(auditRecordOf(request({}))).toBeNull();
  });

  it('should keep at most the first targets of a huge batch', () => {
    const activities = Array.from({ length: MAX_AUDIT_TARGETS * 2 }, (_, index) => ({ memberId: `m${index}`, kind: 'post' }));
    const record = auditRecordOf(request({ query: 'mutation($input: RecordInput!) { recordActivity(input: $input) }', variables: { input: { communityId: 'c1', activities } } }));
    expect(record?.targets).toHaveLength(MAX_AUDIT_TARGETS);
    expect(record?.targets[0]).toEqual({ argument: 'input.communityId', id: 'c1' });
  });
});
