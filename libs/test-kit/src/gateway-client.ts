import { developmentTokenSettings, signDevToken, type Role } from '@groundswell/service-kit';
import { journalMutation, mutationOf } from './mutation-journal';

export interface GraphqlResponse<T> {
  data: T;
  errors?: Array<{ message: string; extensions: { code: string; reason?: string; details?: Record<string, unknown> } }>;
}

export type GraphqlClient = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<GraphqlResponse<T>>;

/**
 * A GraphQL client for the e2e platform's gateway (or another platform's, at `gatewayUrl`), signed in
 * with a development token. Every mutation it sends to the e2e platform is journalled, so the last
 * e2e spec can check each one reached that platform's audit log.
 */
export async function gatewayClient(tenant: string, roles: Role[] = ['owner'], sub = `e2e-${roles[0]}`, gatewayUrl = process.env.GROUNDSWELL_E2E_GATEWAY!): Promise<GraphqlClient> {
  const token = await signDevToken({ sub, tenant, roles }, developmentTokenSettings(process.env));
  const journalled = gatewayUrl === process.env.GROUNDSWELL_E2E_GATEWAY;
  return async (query, variables = {}) => {
    const mutation = mutationOf(query);
    // Like a well-behaved client, wait out a 429, or a 503 that says when to come back, for its
    // Retry-After (a few times at most).
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const comeBackLater = response.status === 429 || (response.status === 503 && response.headers.has('retry-after'));
      if (!comeBackLater || attempt >= 5) {
        const body = (await response.json()) as GraphqlResponse<any>;
        if (mutation && journalled) {
          const requestId = response.headers.get('x-request-id');
          journalMutation({ tenant, subject: sub, ...mutation, requestId, status: response.status, result: body.errors?.[0]?.extensions?.code ?? 'ok' });
        }
        return body;
      }
      await response.arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get('retry-after') ?? 1) * 1_000));
    }
  };
}

/** The same client, for steps that must succeed: it fails the test on any GraphQL error and returns `data`. */
export function expectingSuccess(graphql: GraphqlClient) {
  return async <T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await graphql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
}
