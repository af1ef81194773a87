// Loads the demo tenant through the gateway's public GraphQL API, once. Erasable TypeScript only:
// Node runs it directly (npm start, `node scripts/demo/load.ts`).
//
// Idempotent and resumable: communities are created with idempotency keys, every join has its own
// idempotency key (a repeat returns the first result), and activity is deduplicated by client event
// id. Joins carry their story date (`joinedAt`, an import), profiles are set under idempotency keys,
// points are earned per source reference (paid once) and redeemed under fixed redemption ids (charged
// once). One join (the sentinel) is held back until everything else is in, so "every demo community
// has its expected member count" means the load finished; anything less resumes it.
import { developmentTokenSettings } from '../../libs/service-kit/src/auth/development-credentials.ts';
import { signDevToken } from '../../libs/service-kit/src/auth/dev-token.ts';
import {
  generateDemo,
  joinsInOrder,
  memberCounts,
  sentinelJoin,
  type CommunityKey,
  type DemoActivity,
  type DemoData,
  type DemoJoin,
  type DemoPerson,
} from './demo-data.ts';
import { demoEarnings, demoProfile, demoRedemptions } from './demo-member-facts.ts';

export interface LoadDemoOptions {
  /** The gateway's base URL (`http://127.0.0.1:4000`) or its `/graphql` endpoint. */
  gatewayUrl: string;
  /** An owner token for tenant `demo`; minted with the development signing settings when absent. */
  token?: string;
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  /** Joins in flight at once. */
  concurrency?: number;
  /** Activity items per recordMemberActivity call (the API takes up to 10,000). */
  batchSize?: number;
  data?: DemoData;
}

export interface LoadDemoResult {
  status: 'loaded' | 'already-loaded';
  communities: Record<CommunityKey, { id: string; name: string; memberCount: number }>;
  joins: { sent: number; newMembers: number; repeats: number; failed: number };
  activity: { sent: number; accepted: number; duplicates: number; skipped: number };
  points: { earned: number; redeemed: number; failed: number };
  profiles: { set: number; failed: number };
  durationMs: number;
}

interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; details?: unknown };
}

export class DemoLoadError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function graphqlEndpoint(gatewayUrl: string): string {
  const trimmed = gatewayUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/graphql') ? trimmed : `${trimmed}/graphql`;
}

/** Transient: the gateway or a subgraph is (re)starting, overloaded, or hit a concurrency conflict. */
function transient(errors: GraphqlError[]): boolean {
  return errors.some((error) => {
    const { code, reason } = error.extensions ?? {};
    return code === 'INTERNAL' || code === 'RATE_LIMITED' || (code === 'CONFLICT' && /VERSION|CONCURRENCY|SERIALIZ/i.test(reason ?? ''));
  });
}

function graphqlClient(endpoint: string, token: string) {
  return async function request<T>(query: string, variables: Record<string, unknown>): Promise<{ data?: T; errors?: GraphqlError[] }> {
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
        let body: { data?: T; errors?: GraphqlError[] } | undefined;
        try {
          body = JSON.parse(text) as { data?: T; errors?: GraphqlError[] };
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

const communitiesQuery = `query DemoCommunities($after: String) {
  communities(first: 100, after: $after) { edges { node { id name externalId memberCount } } pageInfo { hasNextPage endCursor } }
}`;
const createCommunityMutation = `mutation DemoCreateCommunity($input: CreateCommunityInput!, $key: String) {
  createCommunity(input: $input, idempotencyKey: $key) { community { id name externalId memberCount } }
}`;
const joinMutation = `mutation DemoJoin($input: JoinCommunityInput!, $key: String) {
  joinCommunity(input: $input, idempotencyKey: $key) { member { id } newMember }
}`;
const activityMutation = `mutation DemoActivity($input: RecordActivityInput!) {
  recordMemberActivity(input: $input) { accepted duplicates }
}`;
const profileMutation = `mutation DemoProfile($memberId: ID!, $input: UpdateMemberProfileInput!, $key: String) {
  updateMemberProfile(memberId: $memberId, input: $input, idempotencyKey: $key) { member { id } }
}`;
const earnMutation = `mutation DemoEarn($input: EarnPointsInput!, $key: String) {
  earnPoints(input: $input, idempotencyKey: $key) { balance }
}`;
const redeemMutation = `mutation DemoRedeem($memberId: ID!, $amount: Int!, $redemptionId: ID!, $key: String) {
  redeemPoints(memberId: $memberId, amount: $amount, redemptionId: $redemptionId, idempotencyKey: $key) { balance }
}`;

/** Runs `work` over `items`, at most `concurrency` at once. */
async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

interface CommunityNode {
  id: string;
  name: string;
  externalId: string | null;
  memberCount: number;
}

interface CommunityPage {
  edges: Array<{ node: CommunityNode }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export async function loadDemo(options: LoadDemoOptions): Promise<LoadDemoResult> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const env = options.env ?? process.env;
  const concurrency = options.concurrency ?? 16;
  const batchSize = Math.min(options.batchSize ?? 10_000, 10_000);
  const token =
    options.token ?? (await signDevToken({ sub: 'demo-loader', tenant: 'demo', roles: ['owner'] }, { ...developmentTokenSettings(env), ttlSeconds: 3600 }));
  const request = graphqlClient(graphqlEndpoint(options.gatewayUrl), token);
  const data = options.data ?? generateDemo();
  const expected = memberCounts(data);

  async function existingCommunities(): Promise<Map<string, CommunityNode>> {
    const byExternalId = new Map<string, CommunityNode>();
    let after: string | null = null;
    for (;;) {
      const page: { data?: { communities: CommunityPage }; errors?: GraphqlError[] } = await request(communitiesQuery, { after });
      if (!page.data) throw new DemoLoadError(`listing communities failed: ${page.errors?.map((error) => error.message).join('; ')}`);
      for (const { node } of page.data.communities.edges) if (node.externalId) byExternalId.set(node.externalId, node);
      if (!page.data.communities.pageInfo.hasNextPage) return byExternalId;
      after = page.data.communities.pageInfo.endCursor;
    }
  }

  const summary = (nodes: Map<string, CommunityNode>) =>
    Object.fromEntries(
      data.communities.map((community) => {
        const node = nodes.get(community.externalId)!;
        return [community.key, { id: node.id, name: node.name, memberCount: node.memberCount }];
      }),
    ) as LoadDemoResult['communities'];

  // --- already there? ---
  let found = await existingCommunities();
  const complete = data.communities.every((community) => (found.get(community.externalId)?.memberCount ?? -1) >= expected[community.key]);
  if (complete) {
    log('demo tenant already loaded');
    return {
      status: 'already-loaded',
      communities: summary(found),
      joins: { sent: 0, newMembers: 0, repeats: 0, failed: 0 },
      activity: { sent: 0, accepted: 0, duplicates: 0, skipped: 0 },
      points: { earned: 0, redeemed: 0, failed: 0 },
      profiles: { set: 0, failed: 0 },
      durationMs: Date.now() - started,
    };
  }
  const resuming = data.communities.some((community) => found.has(community.externalId));
  log(
    `demo: ${resuming ? 'resuming an unfinished load of' : 'loading'} tenant "demo": ${data.communities.length} communities, ` +
      `${data.people.length} people, ${Object.values(expected).reduce((sum, count) => sum + count, 0)} joins, ${data.activity.length} activity items`,
  );

  // --- communities ---
  const communityIds = {} as Record<CommunityKey, string>;
  for (const community of data.communities) {
    let node = found.get(community.externalId);
    if (!node) {
      const created = await request<{ createCommunity: { community: CommunityNode } }>(createCommunityMutation, {
        input: { name: community.name, platform: community.platform, externalId: community.externalId },
        key: `demo-community-${community.key}`,
      });
      node = created.data?.createCommunity.community;
      if (!node && created.errors?.some((error) => error.extensions?.reason === 'COMMUNITY_ALREADY_EXISTS')) {
        found = await existingCommunities();
        node = found.get(community.externalId);
      }
      if (!node) throw new DemoLoadError(`creating ${community.name} failed: ${created.errors?.map((error) => error.message).join('; ')}`);
      log(`demo: community ${community.name} (${community.platform}) created`);
    }
    communityIds[community.key] = node.id;
  }

  // --- joins, in story order, at most `concurrency` in flight; the sentinel waits for the end ---
  const sentinel = sentinelJoin(data);
  const memberIds = new Map<number, string>();
  // Settled when a person's first join has finished, however it went: a referral waits for its referrer's.
  const firstJoinDone = new Map<number, { promise: Promise<void>; settle: () => void }>();
  for (const person of data.people) {
    let settle!: () => void;
    firstJoinDone.set(person.index, { promise: new Promise<void>((resolve) => (settle = resolve)), settle });
  }
  const joins = { sent: 0, newMembers: 0, repeats: 0, failed: 0 };
  const failures: string[] = [];

  async function join({ person, join }: { person: DemoPerson; join: DemoJoin }): Promise<void> {
    const community = data.communities.find((each) => each.key === join.community)!;
    const first = person.joins[0] === join;
    try {
      // The referrer joined this community earlier in the story, so their first join was sent before this one.
      if (join.referrer !== undefined) await firstJoinDone.get(join.referrer)!.promise;
      const referrerMemberId = join.referrer === undefined ? undefined : memberIds.get(join.referrer);
      // A second join names only the phone, as a second platform would know it: it attaches to the same member.
      const input = {
        communityId: communityIds[join.community],
        identities: (first ? person.identities : person.identities.slice(0, 1)).map(({ kind, value }) => ({ kind, value })),
        displayName: person.displayName,
        channel: join.channel,
        // An import: the join is recorded at its date in the story, not at load time.
        joinedAt: join.joinedAt.toISOString(),
        ...(referrerMemberId ? { referrerMemberId } : {}),
      };
      joins.sent += 1;
      const result = await request<{ joinCommunity: { member: { id: string }; newMember: boolean } }>(joinMutation, {
        input,
        key: `demo-join-${data.seed}-${person.index}-${community.key}`,
      });
      if (result.data) {
        if (result.data.joinCommunity.newMember) joins.newMembers += 1;
        memberIds.set(person.index, result.data.joinCommunity.member.id);
      } else if (result.errors?.[0]?.extensions?.reason === 'ALREADY_MEMBER') {
        // Joined before without this loader's idempotency key: done, though the member id stays unknown
        // unless another join of theirs tells it (otherwise their activity here is skipped).
        joins.repeats += 1;
      } else {
        joins.failed += 1;
        if (failures.length < 5) failures.push(`${community.name} #${person.index}: ${result.errors?.map((error) => error.message).join('; ')}`);
      }
    } finally {
      if (first) firstJoinDone.get(person.index)!.settle();
    }
  }

  const queue = joinsInOrder(data).filter((each) => each.join !== sentinel.join);
  const joinsStarted = Date.now();
  let next = 0;
  let done = 0;
  let lastProgress = Date.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
      while (next < queue.length) {
        await join(queue[next++]);
        done += 1;
        if (Date.now() - lastProgress > 5_000 || done === queue.length) {
          lastProgress = Date.now();
          log(`demo: joins ${done}/${queue.length + 1} (${Math.round(done / ((Date.now() - joinsStarted) / 1000))}/s)`);
        }
      }
    }),
  );

  // --- activity, per community, in batches ---
  const activity = { sent: 0, accepted: 0, duplicates: 0, skipped: 0 };
  async function record(community: CommunityKey, items: DemoActivity[]) {
    const payload = items
      .filter((item) => memberIds.has(item.person))
      .map((item) => ({
        memberId: memberIds.get(item.person)!,
        kind: item.kind,
        clientEventId: item.clientEventId,
        occurredAt: item.occurredAt.toISOString(),
        ...(item.amountCents === undefined ? {} : { amountCents: item.amountCents }),
      }));
    activity.skipped += items.length - payload.length;
    for (let offset = 0; offset < payload.length; offset += batchSize) {
      const batch = payload.slice(offset, offset + batchSize);
      const result = await request<{ recordMemberActivity: { accepted: number; duplicates: number } }>(activityMutation, {
        input: { communityId: communityIds[community], items: batch },
      });
      if (!result.data) throw new DemoLoadError(`recording activity in ${community} failed: ${result.errors?.map((error) => error.message).join('; ')}`);
      activity.sent += batch.length;
      activity.accepted += result.data.recordMemberActivity.accepted;
      activity.duplicates += result.data.recordMemberActivity.duplicates;
      log(`demo: activity ${community} ${Math.min(offset + batchSize, payload.length)}/${payload.length}`);
    }
  }
  const activityStarted = Date.now();
  const isSentinels = (item: DemoActivity) => item.person === sentinel.person.index && item.community === sentinel.join.community;
  for (const community of data.communities) {
    await record(
      community.key,
      data.activity.filter((item) => item.community === community.key && !isSentinels(item)),
    );
  }
  const sentinelItems = data.activity.filter(isSentinels);

  // --- profiles, then points: earned for the activity, then some redeemed ---
  const profiles = { set: 0, failed: 0 };
  async function setProfile(person: DemoPerson): Promise<void> {
    const memberId = memberIds.get(person.index);
    if (!memberId) return;
    const result = await request(profileMutation, { memberId, input: demoProfile(data, person), key: `demo-profile-${data.seed}-${person.index}` });
    if (result.errors) profiles.failed += 1;
    else profiles.set += 1;
  }
  await inParallel(data.people.filter((person) => person !== sentinel.person), concurrency, setProfile);
  log(`demo: profiles ${profiles.set} set`);

  const points = { earned: 0, redeemed: 0, failed: 0 };
  const earnings = demoEarnings(data);
  await inParallel(earnings, concurrency, async (earning) => {
    const memberId = memberIds.get(earning.person);
    if (!memberId) return;
    const { amount, sourceRef, sourceKind } = earning;
    const result = await request(earnMutation, { input: { memberId, amount, sourceRef, sourceKind }, key: `demo-earn-${sourceRef}` });
    if (result.errors) points.failed += 1;
    else points.earned += amount;
  });
  await inParallel(demoRedemptions(data, earnings), concurrency, async ({ person, amount, redemptionId }) => {
    const memberId = memberIds.get(person);
    if (!memberId) return;
    const result = await request(redeemMutation, { memberId, amount, redemptionId, key: `demo-redeem-${redemptionId}` });
    if (result.errors) points.failed += 1;
    else points.redeemed += amount;
  });
  log(`demo: points ${points.earned} earned, ${points.redeemed} redeemed${points.failed ? `, ${points.failed} calls failed` : ''}`);

  // --- the sentinel: once it is in, the load counts as complete, so not after a failed join ---
  if (joins.failed === 0) {
    await join(sentinel);
    await setProfile(sentinel.person);
    if (sentinelItems.length > 0) await record(sentinel.join.community, sentinelItems);
  }

  found = await existingCommunities();
  const result: LoadDemoResult = { status: 'loaded', communities: summary(found), joins, activity, points, profiles, durationMs: Date.now() - started };
  for (const failure of failures) log(`demo: join failed: ${failure}`);
  log(
    `demo: loaded in ${(result.durationMs / 1000).toFixed(1)} s — ` +
      data.communities.map((community) => `${community.name} ${result.communities[community.key].memberCount} members`).join(', ') +
      `; joins ${joins.sent} (${joins.newMembers} new members, ${joins.failed} failed) in ${((activityStarted - joinsStarted) / 1000).toFixed(1)} s; ` +
      `activity ${activity.accepted} recorded, ${activity.duplicates} repeats skipped, in ${((Date.now() - activityStarted) / 1000).toFixed(1)} s`,
  );
  if (joins.failed > 0) throw new DemoLoadError(`${joins.failed} joins failed (first: ${failures[0]}); run the loader again to resume`);
  return result;
}
