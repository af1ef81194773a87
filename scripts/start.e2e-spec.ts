import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { auditTopic } from '@groundswell/events';
import { KafkaNames } from '@groundswell/messaging';
import { eventually, expectingSuccess, gatewayClient } from '@groundswell/test-kit';
import { fiveMembersJoinAndThreeAreActive } from '../apps/analytics/src/testing/members-activity-journey';
import { portsFor, serviceOrder } from './lib/services.ts';
import { dropPlatformDatabases } from './lib/platform-databases.ts';

const portOffset = 700;
const databasePrefix = 'groundswell_startcheck';
// Its own topics and consumer groups: beside the e2e platform (namespace e2e) on the same broker, neither sees the other's events.
const namespace = 'startcheck';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Build, seven services and the demo tenant (about 7,000 API calls) on a 2-core machine shared with the test run.
const startupBudgetMs = 720_000;
const admin = new Kafka({ clientId: 'startcheck', brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING }).admin();

/** The platform's process group, killed even when a failed or timed-out test never reached its own cleanup. */
function killGroup(child: ChildProcess | undefined): void {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // The group is gone already; an error here would hide the assertion that failed.
  }
}


async function waitForOutput(read: () => string, text: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!read().includes(text)) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}) before "${text}":\n${read().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`no "${text}" after ${timeoutMs} ms:\n${read().slice(-3000)}`);
    await sleep(250);
  }
}

const physical = (name: string) => `${namespace}.${name}`;

/** Records ever dead-lettered by the partner feed in this namespace. */
async function partnerFeedDeadLetters(admin: Admin): Promise<number> {
  const deadLetters = physical('members.partner-feed.dlq');
  if (!(await admin.listTopics()).includes(deadLetters)) return 0;
  return (await admin.fetchTopicOffsets(deadLetters)).reduce((count, { high }) => count + Number(high), 0);
}

/** Waits until the partner feed has handled every member and points event there is. */
async function partnerFeedCaughtUp(admin: Admin): Promise<void> {
  const topics = ['gs.members.member', 'gs.members.points'].map(physical);
  const ends = await Promise.all(topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) })));
  await eventually(async () => {
    const committed = await admin.fetchOffsets({ groupId: physical('members.partner-feed'), topics });
    for (const { topic, partitions } of ends) {
      for (const { partition, high } of partitions.filter((end) => Number(end.high) > 0)) {
        const offset = committed.find((entry) => entry.topic === topic)?.partitions.find((entry) => entry.partition === partition)?.offset;
        expect({ topic, partition, offset: Number(offset) }).toEqual({ topic, partition, offset: Number(high) });
      }
    }
  }, 300_000, 1_000);
}

const journeyFigures = `query($range: KpiRange!) {
  newMembers: kpi(id: "members.new", range: $range, granularity: DAY) { points { value } }
  dailyActive: kpi(id: "activity.dau", range: $range, granularity: DAY) { points { value } }
  auditLog(first: 1) { totalCount } }`;

/** One journey's figures: any event of the other platform's identical journey would double one. */
const ownJourneyOnly = { newMembers: 5, dailyActive: 3, auditedMutations: 7 };

/**
 * Runs the members-to-analytics e2e journey on the platform behind `gatewayUrl` and waits for its
 * tenant-wide figures: members and activity through Kafka to analytics, every mutation through the
 * gateway's audit events on Kafka to access. Returns a reader of the same figures.
 */
async function runJourney(gatewayUrl: string, tenant: string) {
  const owner = expectingSuccess(await gatewayClient(tenant, ['owner'], 'e2e-owner', gatewayUrl));
  const { today } = await fiveMembersJoinAndThreeAreActive(owner);
  const read = async () => {
    const figures = await owner(journeyFigures, { range: { from: today, to: today } });
    return { newMembers: figures.newMembers.points.at(-1)?.value, dailyActive: figures.dailyActive.points.at(-1)?.value, auditedMutations: figures.auditLog.totalCount };
  };
  await eventually(async () => expect(await read()).toEqual(ownJourneyOnly), 120_000, 500);
  return read;
}

/** Every consumer group of the deployment, with the topics it has committed offsets on, as the broker names both. */
async function topicsReadByGroups(admin: Admin, names: KafkaNames): Promise<Map<string, string[]>> {
  const groups = (await admin.listGroups()).groups.map(({ groupId }) => groupId).filter((groupId) => names.ownsName(groupId));
  return new Map(await Promise.all(groups.map(async (groupId) => [groupId, (await admin.fetchOffsets({ groupId })).map(({ topic }) => topic)] as const)));
}

/** The journey's consumer groups, each with a topic the journey's events reached it on. */
const journeyConsumers = [
  { group: 'analytics.ingest', topic: 'gs.members.member' },
  { group: 'access.audit-log', topic: auditTopic },
];

describe('npm start', () => {
  let platform: ChildProcess | undefined;
  let output = '';
  let exited: Promise<number | null> | undefined;
  let runningGateway: string | undefined;
  afterAll(async () => {
    killGroup(platform);
    await dropPlatformDatabases(databasePrefix);
    await admin.disconnect();
  });

  it('should run every service, answer its printed example query with its printed token, and load the demo tenant', async () => {
    await admin.connect();
    const deadLettersBefore = await partnerFeedDeadLetters(admin);
    const child = (platform = spawn('npm', ['start'], {
      detached: true, // its own process group, like a terminal's foreground job
      // Small pools: this platform runs beside the e2e platform, and both share one PostgreSQL (100 connections by default).
      env: { ...process.env, GROUNDSWELL_PORT_OFFSET: String(portOffset), GROUNDSWELL_DATABASE_PREFIX: databasePrefix, GROUNDSWELL_ENV: namespace, LOG_LEVEL: 'warn', DATABASE_POOL_MAX: '4' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }));
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await waitForOutput(() => output, 'Groundswell is running.', child, startupBudgetMs);
    const example = /curl -s (\S+) -H 'content-type: application\/json' \\\s+-H 'authorization: Bearer (\S+)' \\\s+-d '(.+)'/.exec(output);
    expect(example).not.toBeNull();
    const [, url, token, body] = example!;
    expect(url).toBe(`http://127.0.0.1:${portsFor(portOffset).gateway}/graphql`);
    runningGateway = url.replace(/\/graphql$/, '');
    const unauthenticated = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unauthenticated.status).toBe(401);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
    const result = (await response.json()) as { data: Record<string, { service: string }>; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data).map((status) => status.service).sort()).toEqual(['access', 'analytics', 'campaigns', 'content', 'members', 'moderation']);
    // The printed explorer address serves GraphiQL signed in with the printed token (explorer.e2e-spec.ts drives it in a browser).
    expect(output).toContain(`${url.replace(/\/graphql$/, '')}/explorer#token=${token}`);
    expect((await fetch(url.replace(/\/graphql$/, '/explorer'))).status).toBe(200);
    // The jar cache from the test run's own infrastructure start is reused, not fetched again.
    expect(output).not.toContain('fetching Kafka jars');
    // The demo tenant's thousands of member and points events reach the partner feed, and none is lost to its dead letters.
    await partnerFeedCaughtUp(admin);
    expect(await partnerFeedDeadLetters(admin)).toBe(deadLettersBefore);
    // The demo tenant loaded whole: its campaigns run, and its shop's orders are attributed to them.
    expect(output).toMatch(/demo: loaded in [\d.]+ s/);
    const demo = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ campaigns(first: 20, filter: { status: running }) { edges { node { id kind } } } conversions(first: 100) { totalCount edges { node { lastTouchCampaignId } } } }' }),
    });
    const { data: sales } = (await demo.json()) as { data: { campaigns: { edges: Array<{ node: { id: string; kind: string } }> }; conversions: { totalCount: number; edges: Array<{ node: { lastTouchCampaignId: string | null } }> } } };
    const running = sales.campaigns.edges.map(({ node }) => node);
    expect(running.map(({ kind }) => kind).sort()).toEqual(['challenge', 'coupon', 'lottery', 'offline_event', 'referral']);
    expect(sales.conversions.totalCount).toBeGreaterThanOrEqual(200);
    expect(sales.conversions.edges.some(({ node }) => running.some(({ id }) => id === node.lastTouchCampaignId))).toBe(true);

    // Its content: a plan per community, ten items each in every workflow state, UGC threads, and 60 days of engagement the content KPIs answer from.
    const ask = async <T>(query: string): Promise<T> => {
      const answer = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) })).json()) as { data: T; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    const states = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'archived', 'rejected'];
    const content = await ask<Record<string, { totalCount: number }> & { contentPlans: { edges: unknown[] } }>(
      `{ ${states.map((state) => `${state}: contentItems(first: 1, filter: { status: ${state} }) { totalCount }`).join(' ')} contentPlans(first: 10) { edges { node { communityId } } } contributions(first: 1) { totalCount } }`,
    );
    expect(Object.fromEntries(states.map((state) => [state, content[state].totalCount]))).toEqual({ draft: 3, in_review: 3, approved: 3, scheduled: 3, published: 12, archived: 3, rejected: 3 });
    expect(content.contentPlans.edges).toHaveLength(3);
    expect(content.contributions.totalCount).toBe(39);
    const today = new Date().toISOString().slice(0, 10);
    const sixtyDaysAgo = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const kpi = (id: string) => `${id.replace('.', '_')}: kpi(id: "${id}", range: { from: "${sixtyDaysAgo}", to: "${today}" }, granularity: MONTH) { points { value } }`;
    await eventually(async () => {
      const kpis = await ask<Record<string, { points: Array<{ value: number | null }> }>>(`{ ${kpi('content.reads')} ${kpi('content.share_rate')} }`);
      expect(kpis.content_reads.points.reduce((sum, { value }) => sum + (value ?? 0), 0)).toBeGreaterThan(1_000);
      expect(kpis.content_share_rate.points.some(({ value }) => value !== null && value > 0 && value < 1)).toBe(true);
    }, 120_000, 2_000);
  }, startupBudgetMs + 120_000);

  it('should run the e2e journeys at the same time as the e2e platform, on the same Kafka, with neither seeing the other\'s events', async () => {
    expect(runningGateway).toBeDefined();
    // The same tenant and the same inputs on both platforms, at the same time.
    const tenant = `isolation-${randomUUID().slice(0, 8)}`;
    const readers = await Promise.all([process.env.GROUNDSWELL_E2E_GATEWAY!, runningGateway!].map((gateway) => runJourney(gateway, tenant)));
    // Read again once both are done, so that an event of the other journey arriving late would show too.
    expect(await Promise.all(readers.map((read) => read()))).toEqual([ownJourneyOnly, ownJourneyOnly]);
    // Each platform's consumer groups read their own deployment's topics, and no other.
    for (const names of [new KafkaNames(process.env.GROUNDSWELL_E2E_ENV), new KafkaNames(namespace)]) {
      const topicsRead = await topicsReadByGroups(admin, names);
      for (const { group, topic } of journeyConsumers) expect(topicsRead.get(names.physical(group))).toContain(names.physical(topic));
      const foreign = [...topicsRead].flatMap(([group, topics]) => topics.filter((topic) => !names.ownsName(topic)).map((topic) => `${group} read ${topic}`));
      expect(foreign).toEqual([]);
    }
  }, 180_000);

  it('should stop every process on Ctrl-C', async () => {
    expect(exited).toBeDefined();
    const child = platform!;
    // Ctrl-C: the terminal signals the whole foreground process group. npm's shell (dash) dies of the
    // signal at once; what matters is that every service shuts down cleanly and nothing is left.
    process.kill(-child.pid!, 'SIGINT');
    await exited;
    await eventually(() => expect(spawnSync('pgrep', ['-g', String(child.pid)]).status).toBe(1), 60_000, 250); // 1 = group empty
    for (const service of serviceOrder) {
      expect(output).toMatch(new RegExp(`${service}\\s+stopped \\(exit 0\\)`));
      await expect(fetch(`http://127.0.0.1:${portsFor(portOffset)[service]}/health/live`)).rejects.toThrow();
    }
  }, 90_000);
});
