import { contentStates, generateContent, type DemoContentItem, type DemoContentState, type DemoContribution, type DemoSignal, type DemoThread } from '../demo-content.ts';
import { contentOperations as op } from '../demo-content-operations.ts';
import type { CommunityKey } from '../demo-data.ts';
import { errorMessages, type GraphqlRequest, type GraphqlResponse } from '../graphql-client.ts';
import { inParallel, type DemoLoad } from './demo-load.ts';

export interface ContentCounts {
  plans: number;
  /** Items that reached their story state, by state. */
  items: Record<DemoContentState, number>;
  contributions: number;
  votes: number;
  signals: number;
  duplicateSignals: number;
  failed: number;
}

export const noContent = (): ContentCounts => ({ plans: 0, items: Object.fromEntries(contentStates.map((state) => [state, 0])) as Record<DemoContentState, number>, contributions: 0, votes: 0, signals: 0, duplicateSignals: 0, failed: 0 });

interface ItemView {
  id: string;
  status: DemoContentState;
  roundsRequired: number;
  roundsApproved: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Content learns communities from the members topic, and screening verdicts from moderation: both take a moment. */
const notYet = new Set(['COMMUNITY_UNKNOWN', 'SCREENING_PENDING']);
const allPass = { quality: true, accuracy: true, compliance: true, brandFit: true };
const pastReview = new Set<DemoContentState>(['approved', 'scheduled', 'published', 'archived']);

function untilReady(request: GraphqlRequest): GraphqlRequest {
  return async function retrying<T>(query: string, variables: Record<string, unknown>): Promise<GraphqlResponse<T>> {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const result = await request<T>(query, variables);
      const reason = result.errors?.[0]?.extensions?.reason;
      if (!reason || !notYet.has(reason) || Date.now() > deadline) return result;
      await sleep(500);
    }
  };
}

/**
 * Loads the content story (demo-content.ts) through the gateway, every command under an idempotency key
 * and every signal under its client event id, so a resumed load repeats it safely. The owner writes;
 * `approvers` (content approvers, at least two) review, a different one each round (CNT-22).
 */
export async function loadContent(load: DemoLoad, approvers: readonly GraphqlRequest[]): Promise<ContentCounts> {
  const { data, communityIds, memberIds, log } = load;
  const request = untilReady(load.request);
  const reviewers = approvers.map(untilReady);
  const story = generateContent(data);
  const counts = noContent();
  const key = (name: string) => `demo-content-${data.seed}-${name}`;
  const call = async <T>(what: string, query: string, variables: Record<string, unknown>, as: GraphqlRequest = request): Promise<T | undefined> => {
    const result = await as<T>(query, variables);
    if (result.data && !result.errors) return result.data;
    counts.failed += 1;
    if (counts.failed <= 10) log(`demo: content: ${what} failed: ${errorMessages(result.errors) ?? 'no data'}`);
    return undefined;
  };
  const member = (person: number | undefined) => (person === undefined ? undefined : memberIds.get(person));

  // --- a plan and UGC settings per community (post-moderation: members' posts show at once) ---
  await Promise.all(story.plans.map(async (plan) => {
    const communityId = communityIds[plan.community];
    const input = { communityId, postsPerWeek: plan.postsPerWeek, typeMix: plan.typeMix, staleAfterDays: plan.staleAfterDays, timeZone: 'Asia/Shanghai' };
    if (await call(`plan ${plan.community}`, op.setContentPlan, { input, key: key(`plan-${plan.community}`) })) counts.plans += 1;
    await call(`UGC settings ${plan.community}`, op.setUgcSettings, { input: { communityId, moderation: 'post', rewardPoints: 10 }, key: key(`ugc-settings-${plan.community}`) });
  }));

  // --- items, each taken to its story state ---
  const itemIds = new Map<string, string>();
  await inParallel(story.items, load.concurrency, async (item) => {
    const id = await loadItem(item);
    if (id) itemIds.set(item.key, id);
  });

  // --- UGC threads ---
  await inParallel(story.threads, load.concurrency, loadThread);

  // --- engagement, per community, in batches ---
  for (const community of data.communities) await recordSignals(community.key, story.signals.filter((signal) => signal.community === community.key));

  log(
    `demo: content ${counts.plans} plans, items ${contentStates.map((state) => `${counts.items[state]} ${state}`).join(', ')}; ` +
      `${counts.contributions} UGC contributions, ${counts.votes} votes; ${counts.signals} engagement signals (${counts.duplicateSignals} repeats skipped)` +
      `${counts.failed ? `, ${counts.failed} calls failed` : ''}`,
  );
  return counts;

  async function loadItem(item: DemoContentItem): Promise<string | undefined> {
    const input = {
      contentType: item.contentType,
      format: item.format,
      title: item.title,
      body: item.body,
      media: [{ assetId: 'cover', kind: item.format === 'short_video' ? 'video' : 'image', url: `https://cdn.example.cn/demo/${item.key}.${item.format === 'short_video' ? 'mp4' : 'jpg'}`, source: 'own', licence: '自有版权' }],
      topics: item.topics,
      communityIds: [communityIds[item.community]],
      riskTier: item.riskTier,
      team: [],
    };
    const created = await call<{ createContentItem: { contentItem: ItemView } }>(`create ${item.key}`, op.createContentItem, { input, key: key(`create-${item.key}`) });
    if (!created) return undefined;
    const { id } = created.createContentItem.contentItem;
    for (const variant of item.variants) {
      const variantInput = { contentItemId: id, platform: variant.platform, text: variant.text, mediaAssetIds: ['cover'], hashtags: variant.hashtags };
      if (!(await call(`variant ${item.key} ${variant.platform}`, op.setContentVariant, { input: variantInput, key: key(`variant-${item.key}-${variant.platform}`) }))) return id;
    }
    if (item.state === 'draft') return reached(item, id);
    if (!(await call(`submit ${item.key}`, op.submitContentItem, { id, key: key(`submit-${item.key}`) }))) return id;
    if (item.state === 'rejected') {
      const input = { id, decision: 'reject', checklist: { ...allPass, brandFit: false }, comment: '语气和品牌调性不太一致，请修改标题后再提交。' };
      return (await call(`reject ${item.key}`, op.reviewContentItem, { input, key: key(`reject-${item.key}`) }, reviewers[0])) ? reached(item, id) : id;
    }
    if (item.state === 'in_review') {
      for (let round = 0; round < (item.roundsApproved ?? 0); round += 1) if (!(await approve(item, id, round))) return id;
      return reached(item, id);
    }
    if (!(await approveFully(item, id))) return id;
    if (item.state === 'scheduled') {
      // In the evening, China time, a few days from now.
      const day = new Date(Date.now() + (item.scheduledInDays ?? 3) * 86_400_000);
      const publishAt = new Date(`${day.toISOString().slice(0, 10)}T12:00:00Z`).toISOString();
      return (await call(`schedule ${item.key}`, op.scheduleContentItem, { input: { id, publishAt }, key: key(`schedule-${item.key}`) })) ? reached(item, id) : id;
    }
    if (item.state === 'approved') return reached(item, id);
    if (!(await call(`publish ${item.key}`, op.publishContentItem, { id, key: key(`publish-${item.key}`) }))) return id;
    if (item.state === 'archived' && !(await call(`archive ${item.key}`, op.archiveContentItem, { id, key: key(`archive-${item.key}`) }))) return id;
    return reached(item, id);
  }

  function reached(item: DemoContentItem, id: string): string {
    counts.items[item.state] += 1;
    return id;
  }

  async function approve(item: DemoContentItem, id: string, round: number): Promise<ItemView | undefined> {
    const input = { id, decision: 'approve', checklist: allPass };
    const reviewer = reviewers[round % reviewers.length];
    const answer = await call<{ reviewContentItem: { contentItem: ItemView } }>(`review ${item.key} round ${round + 1}`, op.reviewContentItem, { input, key: key(`approve-${item.key}-${round + 1}`) }, reviewer);
    return answer?.reviewContentItem.contentItem;
  }

  /** Rounds by different approvers until approved: a brand-sensitive item needs two, a moderation `needs_review` verdict one more. */
  async function approveFully(item: DemoContentItem, id: string): Promise<boolean> {
    for (let round = 0; round < reviewers.length; round += 1) {
      const view = await approve(item, id, round);
      if (!view) return false;
      if (pastReview.has(view.status)) return true; // a resumed load gets its earlier answers back, the item further on
    }
    return false;
  }

  async function loadThread(thread: DemoThread): Promise<void> {
    const communityId = communityIds[thread.community];
    const root =
      thread.kind === 'topic'
        ? await call<{ seedTopic: { contribution: { id: string } } }>(`topic ${thread.key}`, op.seedTopic, { input: { communityId, title: thread.title, body: thread.body }, key: key(`thread-${thread.key}`) })
        : await post(thread, thread.key, { kind: thread.kind, authorMemberId: member(thread.author), title: thread.title, body: thread.body, pollOptions: thread.pollOptions });
    const rootId = root && ('seedTopic' in root ? root.seedTopic.contribution.id : (root as { postContribution: { contribution: { id: string } } }).postContribution.contribution.id);
    if (!rootId) return;
    if (thread.kind === 'topic') await call(`pin ${thread.key}`, op.pinContribution, { id: rootId, key: key(`pin-${thread.key}`) });
    if (thread.promoted) await call(`promote ${thread.key}`, op.promoteContribution, { id: rootId, note: '本周精选', key: key(`promote-${thread.key}`) });
    await addUnder(thread, rootId, thread.contributions, thread.key);
    for (const [index, vote] of (thread.votes ?? []).entries()) {
      const memberId = member(vote.person);
      if (!memberId) continue;
      if (await call(`vote ${thread.key}`, op.voteInPoll, { input: { pollId: rootId, memberId, option: vote.option }, key: key(`vote-${thread.key}-${index}`) })) counts.votes += 1;
    }
  }

  async function addUnder(thread: DemoThread, parentId: string, contributions: readonly DemoContribution[], path: string): Promise<void> {
    for (const [index, contribution] of contributions.entries()) {
      const name = `${path}-${index + 1}`;
      const posted = await post(thread, name, { kind: contribution.kind, parentId, authorMemberId: member(contribution.author), body: contribution.body });
      if (!posted) continue;
      const id = posted.postContribution.contribution.id;
      if (contribution.accepted) await call(`accept ${name}`, op.acceptAnswer, { input: { answerId: id, acceptedByMemberId: member(thread.author) }, key: key(`accept-${name}`) });
      await addUnder(thread, id, contribution.replies ?? [], name);
    }
  }

  async function post(thread: DemoThread, name: string, input: Record<string, unknown>): Promise<{ postContribution: { contribution: { id: string } } } | undefined> {
    if (!input.authorMemberId) return undefined;
    const posted = await call<{ postContribution: { contribution: { id: string } } }>(`contribution ${name}`, op.postContribution, { input: { communityId: communityIds[thread.community], ...input }, key: key(`contribution-${name}`) });
    if (posted) counts.contributions += 1;
    return posted;
  }

  async function recordSignals(community: CommunityKey, signals: readonly DemoSignal[]): Promise<void> {
    const communityId = communityIds[community];
    const toSend = signals.flatMap((signal) => {
      const itemId = itemIds.get(signal.item);
      if (!itemId) return [];
      const memberId = member(signal.person);
      return [{ kind: signal.kind, itemId, platform: signal.platform, clientEventId: signal.clientEventId, occurredAt: signal.occurredAt.toISOString(), ...(memberId ? { memberId } : {}), ...(signal.dwellMs === undefined ? {} : { dwellMs: signal.dwellMs }) }];
    });
    for (let start = 0; start < toSend.length; start += load.batchSize) {
      const batch = toSend.slice(start, start + load.batchSize);
      const recorded = await call<{ recordEngagement: { accepted: number; duplicates: number } }>(`engagement ${community}`, op.recordEngagement, { input: { communityId, signals: batch } });
      if (!recorded) continue;
      counts.signals += recorded.recordEngagement.accepted;
      counts.duplicateSignals += recorded.recordEngagement.duplicates;
    }
  }
}
