import { buildSchema } from 'graphql';
import { readSupergraphSchema } from '../security/supergraph-operations';
import { lintSchema } from './schema-lint';
import { allowedPlainLists } from './allowed-plain-lists';

const coordinatesOf = (sdl: string) => lintSchema(buildSchema(sdl)).map((violation) => `${violation.rule} ${violation.coordinate}`);

describe(lintSchema.name, () => {
  it('should find no broken promise on the committed supergraph', () => {
    expect(lintSchema(readSupergraphSchema(), allowedPlainLists)).toEqual([]);
  });

  it('should report a mutation without an optional idempotencyKey', () => {
    const sdl = `type Query { ok: Boolean }
      type Mutation { tagMember(memberId: ID!): Boolean, keyed(idempotencyKey: String): Boolean, required(idempotencyKey: String!): Boolean }`;
    expect(coordinatesOf(sdl)).toEqual(['mutation-idempotency-key Mutation.tagMember', 'mutation-idempotency-key Mutation.required']);
  });

  it('should report a root list that is not a connection, and a connection missing its parts', () => {
    const sdl = `type Tag { key: String }
      type PageInfo { hasNextPage: Boolean!, endCursor: String }
      type TagEdge { cursor: String!, node: Tag! }
      type TagConnection { edges: [TagEdge!]!, pageInfo: PageInfo!, totalCount: Int! }
      type SegmentConnection { edges: [TagEdge!]! }
      type Query { tags: [Tag!]!, pagedTags: TagConnection!, segments: SegmentConnection!, tag: Tag }`;
    expect(coordinatesOf(sdl)).toEqual(['list-is-connection Query.tags', 'list-is-connection Query.segments']);
  });

  it('should let a root list stay a list only when the allow-list names it', () => {
    const schema = buildSchema('type Query { statuses: [String!]! }');
    expect(lintSchema(schema, { 'Query.statuses': 'a fixed handful' })).toEqual([]);
    expect(lintSchema(schema, { 'Query.other': 'a fixed handful' })).toHaveLength(1);
  });

  it('should report ids, in arguments and input fields, that are not ID', () => {
    const sdl = `input KpiFilter { communityId: String, campaignIds: [String!], memberIds: [ID!], kind: String }
      type Query { kpi(id: String!, filter: KpiFilter): Int, member(id: ID!): Int, badge(badgeId: String!): Int, grid(idea: String): Int }`;
    expect(coordinatesOf(sdl)).toEqual([
      'id-is-ID KpiFilter.communityId',
      'id-is-ID KpiFilter.campaignIds',
      'id-is-ID Query.kpi(id:)',
      'id-is-ID Query.badge(badgeId:)',
    ]);
  });
});
