// Erasable TypeScript only: run directly by Node in scripts/supergraph.ts. Build-time only, so it
// lives outside the service-kit barrel: @apollo/composition is a devDependency.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

/** Composes subgraph SDLs into the supergraph the gateway loads; throws with every composition error. */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): string {
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: parse(subgraph.sdl) })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    throw new Error(`Supergraph composition failed:\n${(result.errors ?? []).map((error) => `  - ${error.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}
