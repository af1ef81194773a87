import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { exampleQuery } from '../lib/services.ts';

export interface LoadCounts {
  requestsSent: number;
  retried: number;
  failedAfterRetries: number;
  failures: string[];
}

interface GraphqlAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** What a well-behaved client retries: lost connections, a proxy with no instance, and a subgraph that was away. */
const retryableCodes = new Set(['SUBGRAPH_UNAVAILABLE', 'OVERLOADED', 'BAD_GATEWAY']);
const maxAttempts = 6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A client of the gateway that retries like a production client would (idempotency keys make a
 * retried mutation safe), counting every request it sends and every one that still failed.
 */
export class RetryingClient {
  readonly counts: LoadCounts = { requestsSent: 0, retried: 0, failedAfterRetries: 0, failures: [] };

  private constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  static async signedIn(gatewayUrl: string, tenant: string): Promise<RetryingClient> {
    const token = await signDevToken({ sub: 'rolling-restart', tenant, roles: ['owner'] }, developmentTokenSettings(process.env));
    return new RetryingClient(`${gatewayUrl}/graphql`, token);
  }

  async send<T>(query: string, variables: Record<string, unknown> = {}): Promise<T | undefined> {
    let lastProblem = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      this.counts.requestsSent++;
      if (attempt > 1) this.counts.retried++;
      const answer = await this.post<T>(query, variables).catch((error: Error) => ({ network: error.message }) as const);
      if ('network' in answer) lastProblem = `network: ${answer.network}`;
      else if (answer.status >= 500 || answer.body.errors?.some((error) => retryableCodes.has(error.extensions?.code ?? ''))) {
        lastProblem = `${answer.status} ${answer.body.errors?.map((error) => error.extensions?.code).join(',')}`;
      } else if (answer.body.errors?.length) {
        return this.fail(`${answer.body.errors[0]!.extensions?.code}: ${answer.body.errors[0]!.message}`);
      } else return answer.body.data;
      await sleep(250 * attempt);
    }
    return this.fail(`after ${maxAttempts} attempts: ${lastProblem}`);
  }

  private fail(reason: string): undefined {
    this.counts.failedAfterRetries++;
    if (this.counts.failures.length < 20) this.counts.failures.push(reason);
    return undefined;
  }

  private async post<T>(query: string, variables: Record<string, unknown>): Promise<{ status: number; body: GraphqlAnswer<T> }> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    try {
      return { status: response.status, body: JSON.parse(text) as GraphqlAnswer<T> };
    } catch {
      return { status: response.status >= 500 ? response.status : 502, body: { errors: [{ message: text.slice(0, 200), extensions: { code: 'BAD_GATEWAY' } }] } };
    }
  }
}

const join = `mutation($input: JoinCommunityInput!, $key: String) { joinCommunity(input: $input, idempotencyKey: $key) { member { id } } }`;
const earn = `mutation($input: EarnPointsInput!, $key: String) { earnPoints(input: $input, idempotencyKey: $key) { balance } }`;
const readMember = `query($id: ID!) { member(id: $id) { id } }`;

export interface LoadResult {
  joined: string[];
  pointsEarned: number;
}

export interface SteadyLoad {
  /** Clients sending at once. */
  workers: number;
  /** Each worker starts a round at most this often: a steady rate, not as fast as the machine allows. */
  roundEveryMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A steady mix for as long as `running()` holds: a member joins, earns points, is read back, and
 * every subgraph answers its status — each mutation with its own idempotency key. Paced, as real
 * traffic is: flat out, the load took the CPU a restarting replica needs to boot, on a 2-core machine.
 */
export async function driveSteadyLoad(client: RetryingClient, communityId: string, load: SteadyLoad, running: () => boolean): Promise<LoadResult> {
  const result: LoadResult = { joined: [], pointsEarned: 0 };
  let sequence = 0;
  await Promise.all(
    Array.from({ length: load.workers }, async () => {
      while (running()) {
        const roundStarted = Date.now();
        const n = sequence++;
        const phone = `139${String(n).padStart(8, '0')}`;
        const joined = await client.send<{ joinCommunity: { member: { id: string } } }>(join, {
          input: { communityId, channel: 'qr-code', identities: [{ kind: 'phone', value: phone }] },
          key: `join-${n}`,
        });
        if (!joined) continue;
        const memberId = joined.joinCommunity.member.id;
        result.joined.push(memberId);
        const earned = await client.send(earn, { input: { memberId, amount: 10, sourceRef: `order:${n}`, sourceKind: 'purchase' }, key: `earn-${n}` });
        if (earned) result.pointsEarned++;
        await client.send(readMember, { id: memberId });
        await client.send(exampleQuery);
        await pause(load.roundEveryMs - (Date.now() - roundStarted));
      }
    }),
  );
  return result;
}
