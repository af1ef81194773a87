import { permissions as knownPermissions, type PermissionManifest } from '@groundswell/service-kit';
import { subgraphs } from '../subgraph-list';
import { mergeOperationPermissions } from './operation-permissions';
import { readOperationPermissions, readSupergraphSchema, rootOperations } from './supergraph-operations';

describe('mergeOperationPermissions', () => {
  const members: PermissionManifest = { Query: { member: ['members:read'], membersStatus: [] }, Mutation: { tagMember: ['members:manage'] } };
  const analytics: PermissionManifest = { Query: { kpi: ['analytics:read'] }, Mutation: {} };

  it('should name each root field with its subgraph and permissions, sorted by field', () => {
    expect(mergeOperationPermissions([{ name: 'members', manifest: members }, { name: 'analytics', manifest: analytics }])).toEqual({
      Query: {
        kpi: { service: 'analytics', permissions: ['analytics:read'] },
        member: { service: 'members', permissions: ['members:read'] },
        membersStatus: { service: 'members', permissions: [] },
      },
      Mutation: { tagMember: { service: 'members', permissions: ['members:manage'] } },
    });
    expect(Object.keys(mergeOperationPermissions([{ name: 'members', manifest: members }, { name: 'analytics', manifest: analytics }]).Query)).toEqual([
      'kpi',
      'member',
      'membersStatus',
    ]);
  });

  it('should refuse a root field declared by two subgraphs', () => {
    expect(() => mergeOperationPermissions([{ name: 'members', manifest: members }, { name: 'content', manifest: members }])).toThrow(
      'Query.member is declared by both members and content',
    );
  });
});

describe('the committed operation-permissions.json', () => {
  const manifest = readOperationPermissions();
  const operations = rootOperations(readSupergraphSchema());
  const composedServices = new Set((['Query', 'Mutation'] as const).flatMap((rootType) => Object.values(manifest[rootType]).map(({ service }) => service)));
  // The only root fields any signed-in caller may use: each composed subgraph's build and schema facts.
  const deliberatelyOpen = [...composedServices].map((name) => `Query.${name}Status`).sort();

  it('should find the supergraph\'s queries and mutations, from subgraphs the gateway knows', () => {
    expect([...composedServices].filter((name) => !subgraphs.some((subgraph) => subgraph.name === name))).toEqual([]);
    expect(operations.filter(({ rootType }) => rootType === 'Query').map(({ field }) => field.name)).toEqual(
      expect.arrayContaining(['member', 'members', 'communities', 'kpi']),
    );
    expect(operations.filter(({ rootType }) => rootType === 'Mutation').map(({ field }) => field.name)).toEqual(
      expect.arrayContaining(['createCommunity', 'joinCommunity', 'tagMember']),
    );
  });

  it.each(operations.map(({ rootType, field }) => [`${rootType}.${field.name}`, rootType, field.name] as const))(
    'should declare what %s requires',
    (_, rootType, field) => {
      expect(manifest[rootType][field]).toBeDefined();
    },
  );

  it('should list no operation the supergraph no longer has', () => {
    const inSchema = new Set(operations.map(({ rootType, field }) => `${rootType}.${field.name}`));
    const listed = (['Query', 'Mutation'] as const).flatMap((rootType) => Object.keys(manifest[rootType]).map((field) => `${rootType}.${field}`));
    expect(listed.filter((operation) => !inSchema.has(operation))).toEqual([]);
  });

  it('should leave open to every role only the service status queries', () => {
    const open = (['Query', 'Mutation'] as const).flatMap((rootType) =>
      Object.entries(manifest[rootType])
        .filter(([, { permissions }]) => permissions.length === 0)
        .map(([field]) => `${rootType}.${field}`),
    );
    expect(open.sort()).toEqual(deliberatelyOpen);
  });

  it('should require only permissions the permission map knows', () => {
    const required = (['Query', 'Mutation'] as const).flatMap((rootType) => Object.values(manifest[rootType]).flatMap(({ permissions }) => permissions));
    expect(required.filter((permission) => !knownPermissions.includes(permission))).toEqual([]);
  });
});
