import type { Request } from 'express';
import type { Identity } from './identity';

/** The GraphQL context of every subgraph operation. */
export interface SubgraphContext {
  req: Request;
  /** Set before execution for every operation but the federation SDL query; read it with @CurrentIdentity(). */
  identity?: Identity;
}
