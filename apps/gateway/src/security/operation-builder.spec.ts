import { buildSchema, parse, validate } from 'graphql';
import { buildOperation, selectionFor } from './operation-builder';
import { readSupergraphSchema, rootOperations } from './supergraph-operations';

const schema = buildSchema(`
  enum Platform { wechat douyin }
  input CreateInput { name: String!, platform: Platform!, externalId: String, communityId: ID, tags: [String!]! }
  type Community { id: ID!, name: String!, owner: Person!, people(first: Int): [Person!]!, search(text: String!): [Person!]! }
  type Person { id: ID!, phone: String, address: Address }
  type Address { city: String }
  type Query { community(id: ID!): Community, communities(first: Int, after: String): [Community!]! }
  type Mutation { createCommunity(input: CreateInput!, idempotencyKey: String, dryRun: Boolean): Community! }
`);
const options = { selectionDepth: 2, now: new Date('2026-01-02T03:04:05.000Z') };
const operation = (rootType: 'Query' | 'Mutation', field: string) => ({
  rootType,
  field: (rootType === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[field]!,
});

describe('selectionFor', () => {
  it('should select scalars down to the depth, skip fields with required arguments, and always ask for __typename', () => {
    expect(selectionFor(schema.getQueryType()!.getFields().community!.type, 2)).toBe(
      '{ __typename id name owner { __typename id phone } people { __typename id phone } }',
    );
  });

  it('should select __typename alone at depth 0, for a subgraph that owns only some of the type\'s fields', () => {
    expect(selectionFor(schema.getQueryType()!.getFields().community!.type, 0)).toBe('{ __typename }');
  });
});

describe('buildOperation', () => {
  it('should fill an `id` argument with the known id of the type the field returns', () => {
    const built = buildOperation(operation('Query', 'community'), { communityId: 'c-1' }, options);
    expect(built.variables).toEqual({ id: 'c-1' });
    expect(built.query).toMatch(/^query Security_community\(\$id: ID!\) \{ community\(id: \$id\) \{ __typename id name/);
  });

  it('should leave optional arguments out unless a known value names them', () => {
    expect(buildOperation(operation('Query', 'communities'), {}, options).query).toMatch(/^query Security_communities \{ communities \{/);
  });

  it('should build required input fields, known optional ones and a fresh idempotency key for a mutation', () => {
    const built = buildOperation(operation('Mutation', 'createCommunity'), { communityId: 'c-1' }, options);
    expect(built.variables).toEqual({
      input: { name: 'security-name', platform: 'wechat', communityId: 'c-1', tags: ['security-tags'] },
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(built.query).toContain('mutation Security_createCommunity($input: CreateInput!, $idempotencyKey: String)');
  });

  it('should build an operation the supergraph accepts for every root field', () => {
    const supergraph = readSupergraphSchema();
    const invalid = rootOperations(supergraph)
      .map((root) => ({ name: root.field.name, errors: validate(supergraph, parse(buildOperation(root, {}, { ...options, selectionDepth: 3 }).query)) }))
      .filter(({ errors }) => errors.length > 0);
    expect(invalid).toEqual([]);
  });
});
