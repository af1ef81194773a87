import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthError } from './auth.error';
import type { Identity } from './identity';
import type { SubgraphContext } from './subgraph-context';

/** The verified caller of the current GraphQL operation; throws UNAUTHENTICATED when there is none. */
export function identityOf(execution: ExecutionContext): Identity {
  const identity = GqlExecutionContext.create(execution).getContext<SubgraphContext>().identity;
  if (!identity) throw new AuthError('IDENTITY_MISSING', 'The request carries no verified identity');
  return identity;
}

/** Resolver parameter: `@CurrentIdentity() identity: Identity`. */
export const CurrentIdentity = createParamDecorator((_data: unknown, execution: ExecutionContext): Identity => identityOf(execution));
