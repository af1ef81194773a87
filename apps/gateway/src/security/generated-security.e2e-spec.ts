import { randomUUID } from 'node:crypto';
import { IDENTITY_HEADER, developmentIdentitySecretFrom, rolePermissions, roles, signIdentityHeader, type Permission } from '@groundswell/service-kit';
import { gatewayClient, type GraphqlClient } from '@groundswell/test-kit';
import { attackTokens, type AttackToken } from './attack-tokens';
import { buildOperation, type GeneratedOperation } from './operation-builder';
import { readOperationPermissions, readSupergraphSchema, rootOperations, type RootOperation } from './supergraph-operations';
import { createTenantFixture, untilAnalyticsHasTheFixture, type TenantFixture } from './tenant-fixture';
import { settledSnapshotThrough, type TenantSnapshot } from './tenant-snapshot';

// Every root query and mutation of the committed supergraph, each checked against every attack below:
// a new operation is covered the moment it is composed, with no list to keep.
const manifest = readOperationPermissions();
const operations = rootOperations(readSupergraphSchema());
const permissionsOf = ({ rootType, field }: RootOperation): Permission[] => manifest[rootType][field.name]?.permissions ?? [];
const serviceOf = ({ rootType, field }: RootOperation): string => manifest[rootType][field.name]!.service;
const label = ({ rootType, field }: RootOperation) => `${rootType}.${field.name}`;
const rolesWithout = (operation: RootOperation) =>
  roles.filter((role) => permissionsOf(operation).some((permission) => !rolePermissions[role].includes(permission)));

const tenantA = `security-a-${randomUUID().slice(0, 8)}`;
const tenantB = `security-b-${randomUUID().slice(0, 8)}`;
// Same instant in every generated query, so reading twice reads the same thing.
const now = new Date();
// Below the e2e gateway's depth limit of 4, so the operations reach the subgraphs.
const selectionDepth = 3;

const ports = () => JSON.parse(process.env.GROUNDSWELL_E2E_PORTS!) as Record<string, number>;

async function post(url: string, operation: GeneratedOperation, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
  });
  return { status: response.status, json: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string; reason?: string } }> } };
}

let fixture: TenantFixture;
let ownerA: GraphqlClient;
let ownerB: GraphqlClient;
let attacks: AttackToken[];
const operationFor = (operation: RootOperation) => buildOperation(operation, fixture.known, { selectionDepth, now });
// A subgraph knows only its own fields of a shared type (`Member` gains campaigns' fields at the gateway),
// so a call straight to it selects `__typename` alone: valid there, and refused for want of a signature.
const directOperationFor = (operation: RootOperation) => buildOperation(operation, fixture.known, { selectionDepth: 0, now });

// The audit log is meant to change: it records every attempt below, refused ones included.
const recordsTheAttempts = (operation: RootOperation) => permissionsOf(operation).includes('audit:read');

/** Tenant A as its owner sees it through every query of the supergraph, built once so both snapshots send the same. */
let tenantAReads: Array<readonly [string, GeneratedOperation]>;
let tenantABefore: TenantSnapshot;

beforeAll(async () => {
  ownerA = await gatewayClient(tenantA, ['owner'], 'security-owner-a');
  ownerB = await gatewayClient(tenantB, ['owner'], 'security-owner-b');
  fixture = await createTenantFixture(ownerA, `Tenant ${tenantA}`);
  attacks = await attackTokens({ sub: 'security-owner-a', tenant: tenantA, roles: ['owner'] });
  tenantAReads = operations
    .filter((operation) => operation.rootType === 'Query' && permissionsOf(operation).length > 0 && !recordsTheAttempts(operation))
    .map((read) => [label(read), operationFor(read)] as const);
  await untilAnalyticsHasTheFixture(ownerA);
  tenantABefore = await settledSnapshotThrough(ownerA, tenantAReads);
});

describe('the generated operations', () => {
  it('should cover every root field of the supergraph, at least the members and analytics ones', () => {
    expect(operations.map(label)).toEqual(expect.arrayContaining(['Query.members', 'Query.kpi', 'Mutation.createCommunity', 'Mutation.eraseMember']));
  });

  it('should leave only the service status queries open to every role', () => {
    const everyRoleMay = operations.filter((operation) => rolesWithout(operation).length === 0).map(label);
    const services = new Set(operations.map(serviceOf));
    expect(everyRoleMay.sort()).toEqual([...services].map((service) => `Query.${service}Status`).sort());
  });

  it('should be valid for the gateway: tenant A\'s owner gets no validation error on any query', async () => {
    for (const read of operations.filter(({ rootType }) => rootType === 'Query')) {
      const { query, variables } = operationFor(read);
      const body = await ownerA(query, variables);
      expect({ operation: label(read), codes: (body.errors ?? []).map((error) => error.extensions.code) }).toEqual({ operation: label(read), codes: [] });
    }
  });
});

describe.each(operations.map((operation) => [label(operation), operation] as const))('%s', (_, operation) => {
  it('should refuse a request without a token with UNAUTHENTICATED and no data', async () => {
    const result = await post(`${process.env.GROUNDSWELL_E2E_GATEWAY}/graphql`, operationFor(operation), {});
    expect(result.status).toBe(401);
    expect(result.json.data).toBeUndefined();
    expect(result.json.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('should refuse every bad token with UNAUTHENTICATED and no data', async () => {
    for (const { attack, token, reason } of attacks) {
      const result = await post(`${process.env.GROUNDSWELL_E2E_GATEWAY}/graphql`, operationFor(operation), { authorization: `Bearer ${token}` });
      expect({ attack, status: result.status, data: result.json.data, errors: result.json.errors?.map((error) => error.extensions) }).toEqual({
        attack,
        status: 401,
        data: undefined,
        errors: [{ code: 'UNAUTHENTICATED', reason }],
      });
    }
  });

  it('should answer FORBIDDEN to every role of tenant A that lacks its permission', async () => {
    const lacking = rolesWithout(operation);
    for (const role of lacking) {
      const graphql = await gatewayClient(tenantA, [role], `security-${role}`);
      const { query, variables } = operationFor(operation);
      const body = await graphql(query, variables);
      expect({ role, codes: (body.errors ?? []).map((error) => error.extensions.code) }).toEqual({ role, codes: ['FORBIDDEN'] });
      expect(JSON.stringify(body.data ?? null)).not.toContain(fixture.known.communityId);
    }
    // Only the status queries are open to every role; the suite's first checks hold that set fixed.
    if (lacking.length === 0) expect(permissionsOf(operation)).toEqual([]);
  });

  it('should give tenant B\'s owner, naming tenant A\'s ids, none of tenant A\'s data', async () => {
    const { query, variables } = operationFor(operation);
    const body = await ownerB(query, variables);
    const sent = JSON.stringify(variables);
    const data = JSON.stringify(body.data ?? null);
    // Errors may echo what B sent ("member … not found"), never anything else of A's.
    const errors = JSON.stringify(body.errors ?? []);
    expect(fixture.secrets.filter((secret) => data.includes(secret))).toEqual([]);
    expect(fixture.secrets.filter((secret) => !sent.includes(secret) && errors.includes(secret))).toEqual([]);
  });
});

describe('tenant A after every other tenant and every weaker role tried every operation on its ids', () => {
  it('should read exactly as before', async () => {
    const after = await settledSnapshotThrough(ownerA, tenantAReads);
    expect(after).toEqual(tenantABefore);
  });

  it('should still have its data (so the comparison above compares something)', () => {
    expect(JSON.stringify(tenantABefore)).toContain(fixture.known.memberId);
    expect(JSON.stringify(tenantABefore)).toContain(fixture.known.segmentId);
  });
});

describe.each(operations.map((operation) => [serviceOf(operation), label(operation), operation] as const))(
  'the %s subgraph called directly with %s',
  (service, _, operation) => {
    const url = () => `http://127.0.0.1:${ports()[service]}/graphql`;

    it('should refuse a request without the gateway\'s signature', async () => {
      const result = await post(url(), directOperationFor(operation), {});
      expect({ status: result.status, data: result.json.data, codes: result.json.errors?.map((error) => error.extensions?.code) }).toEqual({
        status: 401,
        data: undefined,
        codes: ['UNAUTHENTICATED'],
      });
    });

    it('should refuse a signed identity whose claims were changed', async () => {
      const genuine = { sub: 'security-volunteer', tenant: tenantA, roles: ['volunteer' as const], iat: Date.now(), requestId: `security-${randomUUID()}` };
      const [, signature] = signIdentityHeader(genuine, developmentIdentitySecretFrom(process.env)).split('.');
      const escalated = Buffer.from(JSON.stringify({ ...genuine, roles: ['owner'] })).toString('base64url');
      const result = await post(url(), directOperationFor(operation), { [IDENTITY_HEADER]: `${escalated}.${signature}` });
      expect({ status: result.status, data: result.json.data, codes: result.json.errors?.map((error) => error.extensions?.code) }).toEqual({
        status: 401,
        data: undefined,
        codes: ['UNAUTHENTICATED'],
      });
    });
  },
);
