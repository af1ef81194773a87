// Erasable TypeScript only: also read by scripts/supergraph.ts, which Node runs directly.
/** The subgraphs composed into the supergraph, from the service registry, with their local default addresses. */
export { subgraphs, type SubgraphName } from '../../../libs/service-kit/src/registry/service-registry.ts';

export const supergraphFile = 'apps/gateway/supergraph.graphql';
