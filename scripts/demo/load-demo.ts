// Loads the demo tenant through the gateway's public GraphQL API, once. Erasable TypeScript only:
// Node runs it directly (npm start, `node scripts/demo/load.ts`). Each step is a file in steps/.
//
// Idempotent and resumable: communities are created with idempotency keys, joins are imported in
// batches under fixed batch keys (a repeat returns the first result), and activity is deduplicated by client event
// id. Joins carry their story date (`joinedAt`, an import), profiles are set under idempotency keys,
// points are earned per source reference (paid once) and redeemed under fixed redemption ids (charged
// once), and every moderation call has its own idempotency key. One join (the sentinel) is held back
// until everything else is in, so "every demo community has its expected member count" means the load
// finished; anything less resumes it. The data is demo-data.ts, demo-member-facts.ts, demo-moderation.ts, demo-campaigns.ts and demo-content.ts.
import { developmentTokenSettings } from '../../libs/service-kit/src/auth/development-credentials.ts';
import { signDevToken } from '../../libs/service-kit/src/auth/dev-token.ts';
import { generateDemo, memberCounts, sentinelJoin, type DemoActivity, type DemoData } from './demo-data.ts';
import { DemoLoadError, graphqlClient, graphqlEndpoint } from './graphql-client.ts';
import { createActivityRecorder, type ActivityCounts } from './steps/activity.ts';
import { loadCampaigns, type CampaignCounts } from './steps/campaigns.ts';
import { loadContent, noContent, type ContentCounts } from './steps/content.ts';
import { communitySummary, ensureCommunities, existingCommunities, type CommunitySummary } from './steps/communities.ts';
import { inParallel, type DemoLoad } from './steps/demo-load.ts';
import { createImporter, joinsBefore, type JoinCounts } from './steps/joins.ts';
import { loadModeration, type ModerationCounts } from './steps/moderation.ts';
import { earnAndRedeemPoints, type PointsCounts } from './steps/points.ts';
import { createProfileSetter, type ProfileCounts } from './steps/profiles.ts';

export interface LoadDemoOptions {
  /** The gateway's base URL (`http://127.0.0.1:4000`) or its `/graphql` endpoint. */
  gatewayUrl: string;
  /** An owner token for tenant `demo`; minted with the development signing settings when absent. */
  token?: string;
  /** A second moderator's token for tenant `demo`, who decides the appeal; minted like `token` when absent. */
  reviewerToken?: string;
  /** Content approvers' tokens for tenant `demo` (at least two: a brand-sensitive item needs two approvers); minted like `token` when absent. */
  approverTokens?: string[];
  env?: Record<string, string | undefined>;
  log?: (line: string) => void;
  /** Calls in flight at once (profiles, points). */
  concurrency?: number;
  /** Activity items per recordMemberActivity call (the API takes up to 10,000). */
  batchSize?: number;
  data?: DemoData;
}

export interface LoadDemoResult {
  status: 'loaded' | 'already-loaded';
  communities: CommunitySummary;
  joins: JoinCounts;
  activity: ActivityCounts;
  points: PointsCounts;
  profiles: ProfileCounts;
  moderation: ModerationCounts;
  campaigns: CampaignCounts;
  content: ContentCounts;
  durationMs: number;
}

export async function loadDemo(options: LoadDemoOptions): Promise<LoadDemoResult> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const env = options.env ?? process.env;
  const token =
    options.token ?? (await signDevToken({ sub: 'demo-loader', tenant: 'demo', roles: ['owner'] }, { ...developmentTokenSettings(env), ttlSeconds: 3600 }));
  const reviewerToken =
    options.reviewerToken ??
    (await signDevToken({ sub: 'demo-moderator', tenant: 'demo', roles: ['moderator'] }, { ...developmentTokenSettings(env), ttlSeconds: 3600 }));
  const approverTokens =
    options.approverTokens ??
    (await Promise.all(
      ['demo-content-lead', 'demo-brand-lead', 'demo-compliance-lead'].map((sub) => signDevToken({ sub, tenant: 'demo', roles: ['content_approver'] }, { ...developmentTokenSettings(env), ttlSeconds: 3600 })),
    ));
  const request = graphqlClient(graphqlEndpoint(options.gatewayUrl), token);
  const reviewer = graphqlClient(graphqlEndpoint(options.gatewayUrl), reviewerToken);
  const data = options.data ?? generateDemo();
  const expected = memberCounts(data);

  // --- already there? ---
  const found = await existingCommunities(request);
  const complete = data.communities.every((community) => (found.get(community.externalId)?.memberCount ?? -1) >= expected[community.key]);
  if (complete) {
    log('demo tenant already loaded');
    return {
      status: 'already-loaded',
      communities: communitySummary(data, found),
      joins: { sent: 0, newMembers: 0, repeats: 0, failed: 0 },
      activity: { sent: 0, accepted: 0, duplicates: 0, skipped: 0 },
      points: { earned: 0, redeemed: 0, failed: 0 },
      profiles: { set: 0, failed: 0 },
      moderation: { watchedWords: 0, reports: 0, sanctions: 0, appeals: 0, crisisAlerts: 0, failed: 0 },
      campaigns: { campaigns: 0, running: 0, participations: 0, referrals: 0, couponsClaimed: 0, couponsRedeemed: 0, lotteryEntries: 0, lotteryWinners: 0, registrations: 0, checkIns: 0, conversions: 0, attributed: 0, refunds: 0, failed: 0 },
      content: noContent(),
      durationMs: Date.now() - started,
    };
  }
  const resuming = data.communities.some((community) => found.has(community.externalId));
  log(
    `demo: ${resuming ? 'resuming an unfinished load of' : 'loading'} tenant "demo": ${data.communities.length} communities, ` +
      `${data.people.length} people, ${Object.values(expected).reduce((sum, count) => sum + count, 0)} joins, ${data.activity.length} activity items`,
  );

  const load: DemoLoad = {
    request,
    data,
    log,
    concurrency: options.concurrency ?? 16,
    batchSize: Math.min(options.batchSize ?? 10_000, 10_000),
    communityIds: await ensureCommunities(request, data, found, log),
    memberIds: new Map(),
  };

  // --- joins, in story order; the sentinel waits for the end ---
  const sentinel = sentinelJoin(data);
  const { importJoins, counts: joins, failures } = createImporter(load);
  const joinsStarted = Date.now();
  await importJoins(joinsBefore(load, sentinel), 'joins');

  // --- activity, per community, in batches ---
  const { record, counts: activity } = createActivityRecorder(load);
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
  const { setProfile, counts: profiles } = createProfileSetter(load);
  await inParallel(data.people.filter((person) => person !== sentinel.person), load.concurrency, setProfile);
  log(`demo: profiles ${profiles.set} set`);
  const points = await earnAndRedeemPoints(load);
  log(`demo: points ${points.earned} earned, ${points.redeemed} redeemed${points.failed ? `, ${points.failed} calls failed` : ''}`);

  // --- moderation: watched words, reports and cases, sanctions and an appeal, a resolved crisis alert ---
  const moderation = await loadModeration(load, reviewer);

  // --- campaigns: fission, check-in challenge, coupon drop, lottery, meetup; participations and conversions ---
  const campaignsStarted = Date.now();
  const campaigns = await loadCampaigns(load);
  log(`demo: campaigns step took ${((Date.now() - campaignsStarted) / 1000).toFixed(1)} s`);

  // --- content: a plan per community, items in every workflow state, UGC threads, 60 days of engagement ---
  const contentStarted = Date.now();
  const content = await loadContent(load, approverTokens.map((approverToken) => graphqlClient(graphqlEndpoint(options.gatewayUrl), approverToken)));
  log(`demo: content step took ${((Date.now() - contentStarted) / 1000).toFixed(1)} s`);

  // --- the sentinel: once it is in, the load counts as complete, so not after a failed join ---
  if (joins.failed === 0) {
    await importJoins([sentinel], 'sentinel');
    await setProfile(sentinel.person);
    if (sentinelItems.length > 0) await record(sentinel.join.community, sentinelItems);
  }

  const communities = communitySummary(data, await existingCommunities(request));
  const result: LoadDemoResult = { status: 'loaded', communities, joins, activity, points, profiles, moderation, campaigns, content, durationMs: Date.now() - started };
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
