import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A response whose every error is the client's (BAD_USER_INPUT) and that carries no data is a 400,
 * whatever stage raised it: e.g. variables the gateway's executor could not coerce.
 */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (errors?.length && !data && errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT')) response.http.status = 400;
        },
      };
    },
  };
}
