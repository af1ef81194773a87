import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

// A list field costs its children once per item asked for: `first: 100` of a 3-field node costs 300.
const pagedListEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + childComplexity * args.first : undefined;

function limitError(reason: 'QUERY_TOO_COSTLY', message: string, details: Record<string, number>) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, details, http: { status: 400 } } });
}

/** Refuses operations whose estimated cost is over the limit, before any subgraph is called. */
export function queryCostPlugin(maximumCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [pagedListEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maximumCost) throw limitError('QUERY_TOO_COSTLY', `The query costs ${cost}, more than ${maximumCost}`, { cost, maximumCost });
        },
      };
    },
  };
}
