import { graphqlBody, jsonHeaders, type FuzzRequest } from './fuzz-request';

const status = '{ membersStatus { service } }';
const uuid = '0b9f4c1e-8d7a-4f3b-9c2d-1e5a6b7c8d9e';

/** Whole-document attacks: malformed, cyclic, deep, wide, batched, oddly named. Each is one request. */
export function documentCases(headers: Record<string, string>): FuzzRequest[] {
  const documents: Array<[string, unknown]> = [
    ['fragment cycle', { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }],
    ['self-spreading fragment', { query: 'query { ...A } fragment A on Query { membersStatus { service } ...A }' }],
    ['unknown fragment', { query: 'query { ...Nope }' }],
    ['fragment on an unknown type', { query: 'query { ...A } fragment A on Nope { x }' }],
    ['unused fragment', { query: `${status} fragment A on Query { membersStatus { service } }` }],
    ['unknown field', { query: '{ nope }' }],
    ['unknown directive', { query: '{ membersStatus @nope { service } }' }],
    ['@skip with a non-boolean', { query: '{ membersStatus @skip(if: "yes") { service } }' }],
    ['parse error', { query: '{ membersStatus { service ' }],
    ['empty query', { query: '' }],
    ['query is a number', { query: 42 }],
    ['query is null', { query: null }],
    ['no query at all', {}],
    ['variables is a string', { query: status, variables: 'x' }],
    ['variables is an array', { query: status, variables: [1] }],
    ['extensions is a string', { query: status, extensions: 'x' }],
    ['forged persisted-query hash', { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }],
    ['persisted-query version 2', { query: status, extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } }],
    ['operation name that does not exist', { query: `query A ${status}`, operationName: 'B' }],
    ['operation name with odd Unicode', { query: `query A ${status}`, operationName: 'A\u202E\u0000😀' }],
    ['operation name that is an object', { query: `query A ${status}`, operationName: { a: 1 } }],
    ['Unicode operation name in the document', { query: `query 名前 ${status}` }],
    ['huge operation name', { query: `query ${'A'.repeat(100_000)} ${status}` }],
    ['two operations, none chosen', { query: `query A ${status} query B ${status}` }],
    ['duplicate operation names', { query: `query A ${status} query A ${status}` }],
    ['10,000 aliases', { query: `{ ${Array.from({ length: 10_000 }, (_, index) => `a${index}: membersStatus { service }`).join(' ')} }` }],
    ['deep nesting', { query: `{ membersStatus ${'{ service '.repeat(200)}${'}'.repeat(200)} }` }],
    ['deeply nested list literal', { query: `{ member(id: ${'['.repeat(500)}"${uuid}"${']'.repeat(500)}) { id } }` }],
    ['deeply nested object literal', { query: `{ members(filter: ${'{ communityId: '.repeat(300)}"${uuid}"${' }'.repeat(300)}) { totalCount } }` }],
    ['1 MB of whitespace', { query: `${' '.repeat(1_000_000)}${status}` }],
    ['1 MB of variables', { query: status, variables: { padding: 'p'.repeat(1_000_000) } }],
    ['Int beyond range inline', { query: `{ members(filter: { communityId: "${uuid}" }, first: 99999999999999) { totalCount } }` }],
    ['negative first inline', { query: `{ members(filter: { communityId: "${uuid}" }, first: -1) { totalCount } }` }],
    ['forged cursor', { query: `{ members(filter: { communityId: "${uuid}" }, after: "${Buffer.from('["x","y"]').toString('base64url')}") { totalCount } }` }],
    ['introspection', { query: '{ __schema { types { name } } }' }],
    ['subscription', { query: 'subscription { membersStatus { service } }' }],
    ['mutation in a GET-only shape', { query: 'mutation { __typename }' }],
  ];
  const requests: FuzzRequest[] = documents.map(([label, payload]) => ({
    family: 'documents',
    label,
    method: 'POST',
    path: '/graphql',
    headers: { ...jsonHeaders, ...headers },
    body: graphqlBody(payload),
  }));
  requests.push({ family: 'documents', label: 'batch of 100 operations', method: 'POST', path: '/graphql', headers: { ...jsonHeaders, ...headers }, body: graphqlBody(Array.from({ length: 100 }, () => ({ query: status }))) });
  return requests;
}
