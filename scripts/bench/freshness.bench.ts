import { randomUUID } from 'node:crypto';
import { developmentTokenSettings, signDevToken } from '@groundswell/service-kit';
import { percentiles, type BenchResult, type Measurement } from './measure';

const join = 'mutation($input: JoinCommunityInput!) { joinCommunity(input: $input) { member { id } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const elapsedMs = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

interface KpiSeries {
  points: Array<{ value: number | null }>;
}

interface Options {
  writesPerSecond: number;
  seconds: number;
  /** Writes rotate over this many communities, one write in flight per community. */
  communities: number;
  /** Of which the first few are probes: every write to them is followed until the KPI counts it. */
  probes: number;
  /** How long, after the load, to wait for the last probe writes to show. */
  drainMs: number;
}

/**
 * Freshness at the gateway: `joinCommunity` (a new person each time) at a steady rate for a fixed
 * period, and for every write to a probe community the time from sending the mutation until
 * `kpi(members.total)` for that community, asked through the gateway, counts it. Writes to one
 * community go one at a time, so the community's n-th acknowledged join is reflected exactly when
 * the KPI says n; one poller asks for every probe community in one request, back to back, and a
 * write counts as reflected when the answer that shows it has arrived. The baseline is the write
 * itself: the mutation's own latency at the gateway, in the same run.
 */
export async function benchFreshness(gatewayPort: number, options: Partial<Options> = {}): Promise<BenchResult> {
  const { writesPerSecond, seconds, communities, probes, drainMs } = { writesPerSecond: 500, seconds: 20, communities: 128, probes: 8, drainMs: 30_000, ...options };
  const tenant = `bench-fresh-${randomUUID().slice(0, 8)}`;
  const token = await signDevToken({ sub: 'bench', tenant, roles: ['owner'] }, developmentTokenSettings(process.env));
  const call = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown };
    if (response.status !== 200 || body.errors) throw new Error(`gateway answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
    return body.data!;
  };
  const communityIds: string[] = [];
  for (let index = 0; index < communities; index++) {
    const created = await call<{ createCommunity: { community: { id: string } } }>(`mutation { createCommunity(input: { name: "Freshness ${index}", platform: app }) { community { id } } }`);
    communityIds.push(created.createCommunity.community.id);
  }

  const today = new Date().toISOString().slice(0, 10);
  const probeIds = communityIds.slice(0, probes);
  const membersTotal = `{ ${probeIds.map((id, index) => `p${index}: kpi(id: "members.total", filter: { communityId: "${id}" }, range: { from: "${today}", to: "${today}" }, granularity: DAY) { points { value } }`).join(' ')} }`;
  const sentAt: bigint[][] = probeIds.map(() => []);
  const ackedAt: Array<Array<bigint | undefined>> = probeIds.map(() => []);
  const freshness: number[] = [];
  const afterAck: number[] = [];
  const reflected = probeIds.map(() => 0);
  const writeLatencies: number[] = [];
  let failedWrites = 0;
  let unsent = 0;

  const sendWrite = async (community: number, sequence: number) => {
    // A write still waiting for its community when the period is over is not sent: the run stays bounded.
    if (elapsedMs(loadStarted) > seconds * 1_000) {
      unsent++;
      return;
    }
    const started = process.hrtime.bigint();
    const probe = community < probes ? sentAt[community]!.push(started) - 1 : -1;
    const input = { communityId: communityIds[community], channel: 'bench', identities: [{ kind: 'phone', value: `139${String(sequence).padStart(8, '0')}` }] };
    try {
      await call(join, { input });
      writeLatencies.push(elapsedMs(started));
      if (probe >= 0) ackedAt[community]![probe] = process.hrtime.bigint();
    } catch (error) {
      failedWrites++;
      if (failedWrites === 1) console.error('freshness: a write failed:', error);
    }
  };

  // Open loop: write n is due at n / rate; a community still busy with its previous write delays it.
  const busy: Array<Promise<void>> = communityIds.map(() => Promise.resolve());
  const loadStarted = process.hrtime.bigint();
  const total = writesPerSecond * seconds;
  let loadDone = false;
  const poller = (async () => {
    while (!loadDone || reflected.some((count, index) => count < sentAt[index]!.length)) {
      if (loadDone && elapsedMs(loadStarted) > seconds * 1_000 + drainMs) break;
      const answer = await call<Record<string, KpiSeries | null>>(membersTotal).catch(() => undefined);
      const arrived = process.hrtime.bigint();
      probeIds.forEach((_, index) => {
        const value = Number(answer?.[`p${index}`]?.points?.[0]?.value ?? 0);
        for (; reflected[index]! < Math.min(value, sentAt[index]!.length); reflected[index]!++) {
          freshness.push(Number(arrived - sentAt[index]![reflected[index]!]!) / 1e6);
          const acked = ackedAt[index]![reflected[index]!];
          if (acked !== undefined) afterAck.push(Number(arrived - acked) / 1e6);
        }
      });
      await sleep(10);
    }
  })();
  for (let sequence = 0; sequence < total; sequence++) {
    const dueMs = (sequence * 1_000) / writesPerSecond - elapsedMs(loadStarted);
    if (dueMs > 0) await sleep(dueMs);
    const community = sequence % communities;
    busy[community] = busy[community]!.then(() => sendWrite(community, sequence));
  }
  await Promise.all(busy);
  const loadSeconds = Math.max(seconds, elapsedMs(loadStarted) / 1e3);
  loadDone = true;
  await poller;

  const written = writeLatencies.length;
  const probeWrites = sentAt.reduce((sum, sent) => sum + sent.length, 0);
  const unreflected = probeWrites - freshness.length;
  // A write that never showed within the drain counts as the slowest possible.
  const samples = [...freshness, ...Array.from({ length: unreflected }, () => Number.POSITIVE_INFINITY)];
  const achieved = written / loadSeconds;
  const lag = percentiles(afterAck);
  const measured: Measurement = {
    scenario: `joinCommunity at the gateway → kpi(members.total) counts it, ${probeWrites} probe writes`,
    operations: probeWrites,
    seconds: loadSeconds,
    perSecond: achieved,
    ...percentiles(samples),
  };
  const baseline: Measurement = { scenario: 'joinCommunity at the gateway, until acknowledged', operations: written, seconds: loadSeconds, perSecond: achieved, ...percentiles(writeLatencies) };
  const sustained = achieved >= 0.95 * writesPerSecond && failedWrites === 0;
  const note =
    `asked ${writesPerSecond} writes/s for ${seconds} s over ${communities} communities; ${written} acknowledged in ${loadSeconds.toFixed(1)} s = ${achieved.toFixed(0)}/s` +
    `${unsent ? `, ${unsent} not sent (their community was still busy at the end)` : ''}${failedWrites ? `, ${failedWrites} failed` : ''}` +
    `${unreflected ? `, ${unreflected} probe writes not reflected within ${drainMs / 1e3} s of the end` : ''}` +
    `; acknowledged → KPI p50 ${lag.p50Ms.toFixed(0)} ms, p99 ${lag.p99Ms.toFixed(0)} ms` +
    (sustained ? '' : `; the rate was not sustained, so the target is not met whatever the p99`);
  return {
    measurements: [baseline, measured],
    targets: [
      {
        figure: `freshness at ${writesPerSecond} writes/s: mutation → KPI`,
        measured,
        baseline,
        target: `p99 < 2,000 ms at ${writesPerSecond}/s`,
        met: sustained && measured.p99Ms < 2_000,
        by: 'p99',
        note,
      },
    ],
  };
}
