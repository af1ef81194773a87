// The demo loader's GraphQL client: retries what a (re)starting or busy platform answers, gives up
// on everything else. Erasable TypeScript only (Node runs it directly).

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; details?: unknown };
}

export interface GraphqlResponse<T> {
  data?: T;
  errors?: GraphqlError[];
}

export type GraphqlRequest = <T>(query: string, variables: Record<string, unknown>) => Promise<GraphqlResponse<T>>;

export class DemoLoadError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function graphqlEndpoint(gatewayUrl: string): string {
  const trimmed = gatewayUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/graphql') ? trimmed : `${trimmed}/graphql`;
}

/** The messages of a failed call, for an error or a log line. */
export function errorMessages(errors: GraphqlError[] | undefined): string | undefined {
  return errors?.map((error) => error.message).join('; ');
}

/** Transient: the gateway or a subgraph is (re)starting, overloaded, or hit a concurrency conflict. */
function transient(errors: GraphqlError[]): boolean {
  return errors.some((error) => {
    const { code, reason } = error.extensions ?? {};
    return code === 'INTERNAL' || code === 'RATE_LIMITED' || (code === 'CONFLICT' && /VERSION|CONCURRENCY|SERIALIZ/i.test(reason ?? ''));
  });
}

export function graphqlClient(endpoint: string, token: string): GraphqlRequest {
  return async function request<T>(query: string, variables: Record<string, unknown>): Promise<GraphqlResponse<T>> {
    const deadline = Date.now() + 120_000;
    for (let attempt = 1; ; attempt += 1) {
      let problem: string;
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        if (response.status === 401 || response.status === 403) {
          throw new DemoLoadError(`the gateway refused the demo token (HTTP ${response.status}); is AUTH_JWT_SECRET the same as the gateway's?`);
        }
        const text = await response.text();
        let body: GraphqlResponse<T> | undefined;
        try {
          body = JSON.parse(text) as GraphqlResponse<T>;
        } catch {
          body = undefined;
        }
        if (body && !(body.errors && transient(body.errors)) && response.status < 500) return body;
        problem = body?.errors ? body.errors.map((error) => error.message).join('; ') : `HTTP ${response.status}`;
      } catch (error) {
        if (error instanceof DemoLoadError) throw error;
        problem = (error as Error).message;
      }
      if (Date.now() > deadline) throw new DemoLoadError(`the gateway kept failing (${problem}) after ${attempt} attempts`);
      await sleep(Math.min(5_000, 200 * 2 ** Math.min(attempt, 5)));
    }
  };
}
