// Erasable TypeScript only: also read by scripts/supergraph.ts, which Node runs directly.
/** The subgraphs composed into the supergraph, with their local default addresses. */
export const subgraphs = [
  { name: 'members', url: 'http://127.0.0.1:4101/graphql' },
  { name: 'content', url: 'http://127.0.0.1:4102/graphql' },
  { name: 'campaigns', url: 'http://127.0.0.1:4103/graphql' },
  { name: 'moderation', url: 'http://127.0.0.1:4104/graphql' },
  { name: 'analytics', url: 'http://127.0.0.1:4105/graphql' },
  { name: 'access', url: 'http://127.0.0.1:4106/graphql' },
] as const;

export type SubgraphName = (typeof subgraphs)[number]['name'];

export const supergraphFile = 'apps/gateway/supergraph.graphql';
