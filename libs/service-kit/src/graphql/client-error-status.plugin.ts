import type { ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

/**
 * The HTTP status of a GraphQL answer, one rule for the gateway and every subgraph (GraphQL over
 * HTTP): a request error, where nothing ran (no `data` at all: parse, validation, variable
 * coercion), is 400 when the client caused it; once execution started the answer is 200 with `data`
 * (possibly null) and `errors`, whatever the errors' codes. Other statuses (429, 5xx…) stand.
 */
export function graphqlHttpStatus(result: FormattedExecutionResult, status: number | undefined): number | undefined {
  if (!result.errors?.length) return status;
  if (result.data !== undefined) return status === 400 ? 200 : status;
  return result.errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT') ? 400 : status;
}

/** Applies `graphqlHttpStatus` to every single (non-incremental) answer. */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          response.http.status = graphqlHttpStatus(response.body.singleResult, response.http.status);
        },
      };
    },
  };
}
