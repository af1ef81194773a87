import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, validate } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  /** Deepest selection allowed, 0-based: the root field is depth 0. */
  maxDepth: number;
  maxCost: number;
}

// A list field costs its children once per item asked for: `first: 100` of a 3-field node costs 300.
// A negative `first` is refused by the subgraph; here it must not make a costly query look cheap.
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * Math.max(args.first, 1) : undefined;

function limitError(reason: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COSTLY', message: string, details?: Record<string, number>) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, ...(details ? { details } : {}), http: { status: 400 } } });
}

/**
 * Refuses operations deeper or costlier than the limits, before any subgraph is called. Both run
 * once the operation has passed graphql-js's own validation: as validation rules beside it, they
 * would walk fragment cycles and unknown fragments that validation has not yet refused, and crash.
 */
export function queryLimitsPlugin({ maxDepth, maxCost }: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const [tooDeep] = validate(schema, document, [depthLimit(maxDepth)]);
          if (tooDeep) throw limitError('QUERY_TOO_DEEP', tooDeep.message);
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // getComplexity coerces the variables itself; a value it can't coerce is the client's.
            throw new GraphQLError(error instanceof Error ? error.message : 'The variables could not be read', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          if (cost > maxCost) throw limitError('QUERY_TOO_COSTLY', `The query costs ${cost}, more than ${maxCost}`, { cost, maximumCost: maxCost });
        },
      };
    },
  };
}
