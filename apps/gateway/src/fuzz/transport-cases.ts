import { graphqlBody, jsonHeaders, type FuzzRequest } from './fuzz-request';

const status = { query: '{ membersStatus { service } }' };

/**
 * Requests that are wrong before GraphQL: content types, encodings, methods, credentials in odd
 * shapes, and the activity webhook's body. `token` is a valid owner token of the fuzz tenant.
 */
export function transportCases(token: string): FuzzRequest[] {
  const bearer = { authorization: `Bearer ${token}` };
  const body = graphqlBody(status);
  const graphql = (label: string, headers: Record<string, string | string[]>, options: { method?: string; path?: string; body?: Buffer } = {}): FuzzRequest => ({
    family: 'transport',
    label,
    method: options.method ?? 'POST',
    path: options.path ?? '/graphql',
    headers,
    body: options.body ?? (['GET', 'HEAD', 'OPTIONS'].includes(options.method ?? 'POST') ? undefined : body),
  });
  const cases: FuzzRequest[] = [
    graphql('no content type', { ...bearer }),
    graphql('text/plain', { ...bearer, 'content-type': 'text/plain' }),
    graphql('form-encoded', { ...bearer, 'content-type': 'application/x-www-form-urlencoded' }),
    graphql('multipart', { ...bearer, 'content-type': 'multipart/form-data; boundary=x' }),
    graphql('application/graphql', { ...bearer, 'content-type': 'application/graphql' }, { body: Buffer.from(status.query) }),
    graphql('JSON in latin1', { ...bearer, 'content-type': 'application/json; charset=latin1' }),
    graphql('JSON in UTF-16', { ...bearer, 'content-type': 'application/json; charset=utf-16' }, { body: Buffer.from(JSON.stringify(status), 'utf16le') }),
    graphql('gzip that is not gzip', { ...bearer, ...jsonHeaders, 'content-encoding': 'gzip' }),
    graphql('unknown content encoding', { ...bearer, ...jsonHeaders, 'content-encoding': 'xyz' }),
    graphql('malformed JSON', { ...bearer, ...jsonHeaders }, { body: Buffer.from('{"query": "{ membersStatus { service } }"') }),
    graphql('JSON that is a string', { ...bearer, ...jsonHeaders }, { body: Buffer.from('"{ membersStatus { service } }"') }),
    graphql('JSON null', { ...bearer, ...jsonHeaders }, { body: Buffer.from('null') }),
    graphql('empty body', { ...bearer, ...jsonHeaders }, { body: Buffer.alloc(0) }),
    graphql('invalid UTF-8 body', { ...bearer, ...jsonHeaders }, { body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }),
    graphql('NUL bytes body', { ...bearer, ...jsonHeaders }, { body: Buffer.alloc(64) }),
    graphql('body over the limit', { ...bearer, ...jsonHeaders }, { body: graphqlBody({ ...status, variables: { padding: 'p'.repeat(6_000_000) } }) }),
    graphql('GET with a query', { ...bearer }, { method: 'GET', path: `/graphql?query=${encodeURIComponent(status.query)}` }),
    graphql('GET with a mutation', { ...bearer, 'apollo-require-preflight': 'true' }, { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { __typename }')}` }),
    graphql('GET with malformed variables', { ...bearer, 'apollo-require-preflight': 'true' }, { method: 'GET', path: `/graphql?query=${encodeURIComponent(status.query)}&variables=%7Bx` }),
    graphql('GET with a bad percent-encoding', { ...bearer }, { method: 'GET', path: '/graphql?query=%E0%A4%A' }),
    graphql('PUT', { ...bearer, ...jsonHeaders }, { method: 'PUT' }),
    graphql('PATCH', { ...bearer, ...jsonHeaders }, { method: 'PATCH' }),
    graphql('DELETE', { ...bearer, ...jsonHeaders }, { method: 'DELETE' }),
    graphql('OPTIONS', { ...bearer }, { method: 'OPTIONS' }),
    graphql('HEAD', { ...bearer }, { method: 'HEAD' }),
    graphql('an unknown path', { ...bearer, ...jsonHeaders }, { path: '/graphql/../../etc/passwd' }),
    graphql('a path with a NUL', { ...bearer, ...jsonHeaders }, { path: '/graphql%00' }),
  ];
  const credentials: Array<[string, Record<string, string | string[]>]> = [
    ['Bearer without a token', { authorization: 'Bearer' }],
    ['Bearer with spaces only', { authorization: 'Bearer    ' }],
    ['lower-case scheme', { authorization: `bearer ${token}` }],
    ['Basic credentials', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ['two authorization headers', { authorization: [`Bearer ${token}`, 'Bearer x'] }],
    ['a 10 kB token', { authorization: `Bearer ${'t'.repeat(10_000)}` }],
    ['a token with latin1 bytes', { authorization: 'Bearer \u00ff\u00fe' }],
    ['ApiKey scheme without a key', { authorization: 'ApiKey ' }],
    ['ApiKey scheme with a forged key', { authorization: 'ApiKey gsk_live_forged.000' }],
    ['empty x-api-key', { 'x-api-key': '' }],
    ['x-api-key with a forged key', { 'x-api-key': 'gsk_test_aaaaaaaa.bbbbbbbb' }],
    ['x-api-key with SQL', { 'x-api-key': "' OR 1=1 --" }],
    ['two x-api-key headers', { 'x-api-key': ['a', 'b'] }],
    ['a 10 kB x-api-key', { 'x-api-key': 'k'.repeat(10_000) }],
    ['both a token and an API key', { authorization: `Bearer ${token}`, 'x-api-key': 'gsk_forged' }],
  ];
  for (const [label, headers] of credentials) cases.push(graphql(label, { ...jsonHeaders, ...headers }));

  const webhook = (label: string, payload: Buffer, headers: Record<string, string> = jsonHeaders): FuzzRequest => ({
    family: 'webhook',
    label,
    method: 'POST',
    path: '/webhooks/members/activity',
    headers: { ...bearer, ...headers },
    body: payload,
  });
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const activity = (overrides: Record<string, unknown>) => ({ memberId: '0b9f4c1e-8d7a-4f3b-9c2d-1e5a6b7c8d9e', kind: 'check_in', clientEventId: 'e1', occurredAt: '2026-11-02T08:00:00Z', ...overrides });
  const batch = (activities: unknown, communityId: unknown = '0b9f4c1e-8d7a-4f3b-9c2d-1e5a6b7c8d9e') => json({ communityId, activities });
  cases.push(
    webhook('malformed JSON', Buffer.from('{"communityId":')),
    webhook('an array', json([1, 2])),
    webhook('a string', json('x')),
    webhook('text/plain', json({}), { 'content-type': 'text/plain' }),
    webhook('no content type', json({}), {}),
    webhook('invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d])),
    webhook('over the body limit', json({ padding: 'p'.repeat(6_000_000) })),
    webhook('communityId not a UUID', batch([activity({})], 'not-a-community')),
    webhook('communityId a number', batch([activity({})], 7)),
    webhook('activities not a list', batch('x')),
    webhook('no activities', batch([])),
    webhook('10,001 activities', batch(Array.from({ length: 10_001 }, (_, index) => activity({ clientEventId: `e${index}` })))),
    webhook('memberId not a UUID', batch([activity({ memberId: "'; DROP TABLE members; --" })])),
    webhook('unknown kind', batch([activity({ kind: '\u0000' })])),
    webhook('occurredAt not a time', batch([activity({ occurredAt: '2026-13-45T99:99:99Z' })])),
    webhook('occurredAt a number', batch([activity({ occurredAt: 1e20 })])),
    webhook('clientEventId 1 MB', batch([activity({ clientEventId: 'c'.repeat(1_000_000) })])),
    webhook('clientEventId with a lone surrogate', batch([activity({ clientEventId: '\ud800' })])),
    webhook('prototype pollution', Buffer.from('{"__proto__":{"admin":true},"communityId":"0b9f4c1e-8d7a-4f3b-9c2d-1e5a6b7c8d9e","activities":[]}')),
    { family: 'webhook', label: 'no credentials', method: 'POST', path: '/webhooks/members/activity', headers: jsonHeaders, body: batch([activity({})]) },
    { family: 'webhook', label: 'GET', method: 'GET', path: '/webhooks/members/activity', headers: bearer },
  );
  return cases;
}
