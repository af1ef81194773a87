import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { eventually } from '@groundswell/test-kit';
import { startSecondGateway, type SecondGateway } from '../testing/second-gateway';

// A gateway with small limits of its own, so the load that takes it past them stays bounded.
const limits = { RATE_LIMIT_TENANT_PER_SECOND: '10', GATEWAY_MAX_CONCURRENT_REQUESTS: '6' };
const requestCount = 1_200;
const concurrency = 48;
const loadBudgetMs = 60_000;
const query = JSON.stringify({ query: '{ membersStatus { service } }' });

interface Answer {
  status: number;
  retryAfter: string | null;
  codes: string[];
}

let gateway: SecondGateway;
let token: string;

async function ask(): Promise<Answer> {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: query,
  });
  const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), codes: (body.errors ?? []).map((error) => String(error.extensions?.code)) };
}

/** `requestCount` requests, `concurrency` at a time, cut off after `loadBudgetMs` whatever is left. */
async function overload(): Promise<Answer[]> {
  const answers: Answer[] = [];
  const deadline = Date.now() + loadBudgetMs;
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (sent < requestCount && Date.now() < deadline) {
        sent += 1;
        answers.push(await ask());
      }
    }),
  );
  return answers;
}

beforeAll(async () => {
  token = await signDevToken({ sub: 'e2e-overload', tenant: 'e2e-overload', roles: ['owner'] }, developmentTokenSettings(process.env));
  gateway = await startSecondGateway(60, limits);
});

afterAll(() => gateway.stop());

describe('the gateway past its rate and concurrency limits', () => {
  let answers: Answer[];

  beforeAll(async () => {
    answers = await overload();
    const count = (predicate: (answer: Answer) => boolean) => answers.filter(predicate).length;
    console.log(
      `overload: ${answers.length} requests sent, ${count((a) => a.status === 200)} answered 200, ${count((a) => a.status === 429)} 429, ` +
        `${count((a) => a.status === 503)} 503, ${count((a) => a.status >= 500 && a.status !== 503)} other 5xx, ${count((a) => a.codes.includes('INTERNAL'))} INTERNAL`,
    );
  });

  it('should answer only 200, 429 or 503, and refuse with both 429 and 503 at that load', () => {
    const statuses = new Set(answers.map(({ status }) => status));
    expect([...statuses].sort()).toEqual([200, 429, 503]);
  });

  it('should name every refusal with its code and a Retry-After', () => {
    const refusals = answers.filter(({ status }) => status !== 200);
    const codeOf = { 429: 'RATE_LIMITED', 503: 'OVERLOADED' } as Record<number, string>;
    const malformed = refusals.filter(({ status, retryAfter, codes }) => !(Number(retryAfter) >= 1) || codes.join() !== codeOf[status]);
    expect(malformed).toEqual([]);
  });

  it('should never answer INTERNAL and keep running', () => {
    expect(answers.filter(({ codes }) => codes.includes('INTERNAL'))).toEqual([]);
    expect(gateway.process.exitCode).toBeNull();
  });

  it('should count what it shed in its metrics, beside the event-loop lag', async () => {
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text();
    expect(metrics).toMatch(/^gateway_requests_shed_total\{[^}]*reason="concurrency"[^}]*\} [1-9]/m);
    expect(metrics).toMatch(/^nodejs_eventloop_lag_seconds\{/m);
  });

  it('should answer ordinary requests again within seconds after the load stops', async () => {
    const recovered = await eventually(async () => {
      const answer = await ask();
      expect(answer).toEqual({ status: 200, retryAfter: null, codes: [] });
      return answer;
    }, 10_000);
    expect(recovered.status).toBe(200);
  });
});
