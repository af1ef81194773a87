import { contentTypeSchema } from '@groundswell/events';
import type { Period } from '../calendar';
import { previousPeriod } from '../campaigns/campaign-periods';
import { authorsIn, contentLedgerOf, happenedIn, itemInScope, median, signalsIn, type ContentLedger } from '../content/content-ledger';
import { ratio, type KpiDefinition, type KpiDimension } from '../kpi-definition';
import type { KpiScope } from '../kpi-facts';

export const contentDimensions: readonly KpiDimension[] = ['tenant', 'community', 'item'];
const ugcDimensions: readonly KpiDimension[] = ['tenant', 'community'];

const signalsNote =
  'Counted from EngagementSignalRecorded (gs.content.engagement) by the community the content was shown in and the day it happened; a signal repeated under the same client event id was dropped by the content service. Platform connectors report per content platform, which is not the community platform of the `platform` filter, so content KPIs have no platform dimension.';

type Evaluate = KpiDefinition['evaluate'];

function perPeriod(value: (ledger: ContentLedger, scope: KpiScope, period: Period) => number | null): Evaluate {
  return async (input) => {
    const ledger = await contentLedgerOf(input);
    return input.periods.map((period) => value(ledger, input.scope, period));
  };
}

const countOf = (signals: readonly string[]): Evaluate => perPeriod((ledger, scope, period) => signalsIn(ledger, scope, period, signals).length);
const rateOf = (numerator: readonly string[], denominator: readonly string[]): Evaluate =>
  perPeriod((ledger, scope, period) => ratio(signalsIn(ledger, scope, period, numerator).length, signalsIn(ledger, scope, period, denominator).length));

const signalKpi = (kpi: Omit<KpiDefinition, 'version' | 'dimensions' | 'window'> & { window?: string }): KpiDefinition => ({
  version: 1,
  dimensions: contentDimensions,
  window: 'signals that happened in the period',
  ...kpi,
});

export const contentReads = signalKpi({
  id: 'content.reads',
  inventoryId: 'KPI-20',
  names: { en: 'Reads', zh: '阅读量' },
  formula: 'view signals in the period',
  unit: 'count',
  definition: `Reads or views (KPI-20, 閱讀量): every view signal, a member reading twice counts twice. Filter by \`itemId\` for one item's reads. ${signalsNote}`,
  evaluate: countOf(['view']),
});

export const contentShares = signalKpi({
  id: 'content.shares',
  inventoryId: 'KPI-21',
  names: { en: 'Shares and reposts', zh: '分享量与转发量' },
  formula: 'share signals + repost signals in the period',
  unit: 'count',
  definition: `Shares and reposts (KPI-21, 分享量 and 轉發量) together: a share sends the content to someone, a repost republishes it on the member's own feed. ${signalsNote}`,
  evaluate: countOf(['share', 'repost']),
});

export const contentShareRate = signalKpi({
  id: 'content.share_rate',
  inventoryId: 'KPI-22',
  names: { en: 'Share rate', zh: '分享率' },
  formula: 'share signals ÷ view signals in the period',
  unit: 'ratio',
  definition: `Share rate (KPI-22): shares per read, reposts not included (they are in the propagation rate, KPI-26). ${signalsNote} Null when nothing was read.`,
  evaluate: rateOf(['share'], ['view']),
});

export const contentClickThroughRate = signalKpi({
  id: 'content.click_through_rate',
  inventoryId: 'KPI-23',
  names: { en: 'Click-through rate', zh: '内容点击率' },
  formula: 'click signals ÷ impression signals in the period',
  unit: 'ratio',
  definition: `Click-through rate (KPI-23, 內容點擊率): clicks per impression. ${signalsNote} Null without impressions.`,
  evaluate: rateOf(['click'], ['impression']),
});

export const contentComments = signalKpi({
  id: 'content.comments',
  inventoryId: 'KPI-24',
  names: { en: 'Comments', zh: '评论数' },
  formula: 'comment signals in the period',
  unit: 'count',
  definition: `Comments (KPI-24, 評論情況) on published content, as the platforms report them; comments written in Groundswell's own UGC are contributions (KPI-30). The sentiment of comment text is not measured in version 1. ${signalsNote}`,
  evaluate: countOf(['comment']),
});

export const contentExposure = signalKpi({
  id: 'content.exposure',
  inventoryId: 'KPI-25',
  names: { en: 'Exposure', zh: '曝光量' },
  formula: 'impression signals in the period',
  unit: 'count',
  definition: `Exposure (KPI-25, 曝光量): impressions reported by platform connectors and the app. Exposure rate (impressions ÷ followers) waits for follower counts (KPI-03). ${signalsNote}`,
  evaluate: countOf(['impression']),
});

export const contentPropagationRate = signalKpi({
  id: 'content.propagation_rate',
  inventoryId: 'KPI-26',
  names: { en: 'Propagation rate', zh: '内容传播率' },
  formula: '(share signals + repost signals) ÷ view signals in the period',
  unit: 'ratio',
  definition: `Content propagation rate (KPI-26, 內容傳播率): how much of what is read travels on. ${signalsNote} Null when nothing was read.`,
  evaluate: rateOf(['share', 'repost'], ['view']),
});

export const contentCompletionRate = signalKpi({
  id: 'content.completion_rate',
  inventoryId: 'KPI-27',
  names: { en: 'Video completion rate', zh: '完播率' },
  formula: 'video plays completed ÷ video plays started in the period',
  unit: 'ratio',
  definition: `Video completion rate (KPI-27, 完播率; 抖音 reports +60 %): plays completed per play started, both counted in the period, so a play started late on the last day and finished the next counts its start only. ${signalsNote} Null without plays.`,
  evaluate: rateOf(['video_play_completed'], ['video_play_started']),
});

export const contentDwellTime = signalKpi({
  id: 'content.dwell_time',
  inventoryId: 'KPI-14',
  names: { en: 'Dwell time per active member per day', zh: '日均浏览时长' },
  formula: 'dwell time of view signals with a member (minutes) ÷ distinct (member, day) pairs with such a view, in the period',
  unit: 'minutes',
  definition: `Dwell time (KPI-14, 日均使用時長; short-video users exceed 3 hours a day): the time views stayed on screen (EngagementSignalRecorded.dwellMs), per member and day they viewed, so a day's value is total time ÷ that day's viewers (S18: 3,100 hours over 1,000 viewers is 186 minutes). Views without a member or without a dwell time are left out of both. ${signalsNote} Null when nobody viewed.`,
  evaluate: perPeriod((ledger, scope, period) => {
    const timed = signalsIn(ledger, scope, period, ['view']).filter((fact) => fact.memberId && fact.dwellMs !== null);
    const memberDays = new Set(timed.map((fact) => `${fact.memberId}/${fact.at.toISOString().slice(0, 10)}`));
    const minutes = timed.reduce((sum, fact) => sum + fact.dwellMs!, 0) / 60_000;
    return ratio(minutes, memberDays.size);
  }),
});

/** KPI-28 as one share per content type (CNT-01…08): a KPI answers one number per period. */
export const contentTypePreference: KpiDefinition[] = contentTypeSchema.options.map((contentType) => ({
  id: `content.type_share.${contentType}`,
  inventoryId: 'KPI-28',
  names: { en: `Share of reads: ${contentType.replaceAll('_', ' ')}`, zh: `内容类型偏好：${contentType}` },
  version: 1,
  formula: `view signals on items of type ${contentType} ÷ view signals on content items of any type, in the period`,
  window: 'signals that happened in the period',
  dimensions: ugcDimensions,
  unit: 'ratio',
  definition: `Content-type preference (KPI-28, 內容類型偏好) for ${contentType}: the share of reads going to items of this type, the type as drafted or revised by asOf. Views of contributions and of items whose draft was never ingested have no type and are left out. ${signalsNote} Null when no typed item was read.`,
  evaluate: perPeriod((ledger, scope, period) => {
    const typed = signalsIn(ledger, scope, period, ['view']).map((fact) => ledger.items.get(fact.itemId)?.contentType).filter((type) => type !== undefined);
    return ratio(typed.filter((type) => type === contentType).length, typed.length);
  }),
}));

export const contentQuality: KpiDefinition = {
  id: 'content.quality',
  inventoryId: 'KPI-29',
  names: { en: 'Content quality', zh: '内容质量' },
  version: 1,
  formula: 'review rounds in the period with all four checklist axes passed ÷ review rounds in the period',
  window: 'review rounds (ContentReviewed) that happened in the period',
  dimensions: contentDimensions,
  unit: 'ratio',
  definition:
    'Content quality (KPI-29, 內容質量) as the reviewers judge it: a review round passes when its four-axis checklist (CNT-24: quality, accuracy, compliance, brand fit) is ticked on every axis, before and after publication. Ratings by members are not recorded, so the seeds’ “plus rating” is not part of version 1. Originality (內容原創率) is not yet measurable: ContentOriginalityChecked stays in the content service’s store and reaches no topic. Null without review rounds.',
  evaluate: perPeriod((ledger, scope, period) => {
    const rounds = ledger.reviews.filter((review) => happenedIn(review.at, period) && itemInScope(scope, ledger, review.itemId));
    const passed = rounds.filter(({ checklist }) => checklist.quality && checklist.accuracy && checklist.compliance && checklist.brandFit);
    return ratio(passed.length, rounds.length);
  }),
};

export const ugcContributionRate: KpiDefinition = {
  id: 'content.ugc_contribution_rate',
  inventoryId: 'KPI-30',
  names: { en: 'UGC contribution rate', zh: '用户内容贡献率' },
  version: 1,
  formula: 'members who authored a contribution in the period ÷ members active in the period (qualifying activity) or authoring',
  window: 'the period',
  dimensions: ugcDimensions,
  unit: 'ratio',
  definition:
    'UGC contribution rate (KPI-30, 用戶內容貢獻率; 豆瓣 holds it above 55 %): the share of active members who wrote something themselves — a post, comment, reply, question, answer or poll (ContributionPosted with an author; an operator’s seeded topic has none). Active members are those with a qualifying activity in the period (KPI-02); an author counts as active even if that activity was not reported. Null without active members.',
  evaluate: async (input) => {
    const ledger = await contentLedgerOf(input);
    const community = { tenantId: input.scope.tenantId, ...(input.scope.communityId ? { communityId: input.scope.communityId } : {}) };
    return Promise.all(
      input.periods.map(async (period) => {
        const authors = authorsIn(ledger, community, period);
        const active = new Set((await input.facts.activeDays(community, 'qualifying', period.start, period.end, input.asOf)).map((day) => day.memberId));
        for (const author of authors) active.add(author);
        return ratio(authors.size, active.size);
      }),
    );
  },
};

export const ugcVolume: KpiDefinition = {
  id: 'content.ugc_volume',
  inventoryId: 'KPI-30',
  names: { en: 'UGC contributions', zh: '内容贡献量' },
  version: 1,
  formula: 'contributions posted by members in the period',
  window: 'the period',
  dimensions: ugcDimensions,
  unit: 'count',
  definition: 'Contribution volume (KPI-30, 內容貢獻量): posts, comments, replies, questions, answers and polls members wrote; operators’ seeded topics are not member content. Contributions later hidden by screening or a sanction still count, as they were contributed.',
  evaluate: perPeriod((ledger, scope, period) => ledger.contributions.filter((fact) => fact.authorMemberId && happenedIn(fact.at, period) && (!scope.communityId || fact.communityId === scope.communityId)).length),
};

export const productionEfficiency: KpiDefinition = {
  id: 'content.production_minutes',
  inventoryId: 'KPI-31',
  names: { en: 'Median time from draft to publication', zh: '内容生产效率（起草到发布中位时长）' },
  version: 1,
  formula: 'median of (first ContentPublished.publishedAt − ContentItemCreated) in minutes, over items first published in the period',
  window: 'items whose first publication happened in the period',
  dimensions: contentDimensions,
  unit: 'minutes',
  definition:
    'Content production efficiency (KPI-31, 內容生產效率) as the median time from draft to publication: shorter is more efficient. An item counts once, in the period of its first publication; a fast-tracked item counts too (its review comes after). Staff hours are not recorded, so items per staff-hour is not measured. Items whose draft was never ingested are left out. Null when nothing was first published in the period.',
  evaluate: perPeriod((ledger, scope, period) => {
    const durations = [...ledger.items]
      .filter(([itemId, item]) => item.draftedAt && item.firstPublishedAt && happenedIn(item.firstPublishedAt, period) && itemInScope(scope, ledger, itemId))
      .map(([, item]) => (item.firstPublishedAt!.getTime() - item.draftedAt!.getTime()) / 60_000);
    return median(durations);
  }),
};

export const creatorRetention: KpiDefinition = {
  id: 'content.creator_retention',
  inventoryId: 'KPI-36',
  names: { en: 'Creator retention', zh: '内容创作者留存率' },
  version: 1,
  formula: 'members who authored a contribution in the previous period and again in this one ÷ members who authored one in the previous period',
  window: 'the period and the one of the same granularity before it',
  dimensions: ugcDimensions,
  unit: 'ratio',
  definition:
    'Creator retention (KPI-36, 內容創作者留存率; 003 warns when it is under 20 %): of the members who created content in the previous period, the share who created again in this one, so a month’s value is read at its end (S16: 50 creators in month 1, 9 again in month 2 → 18 %). Creating is authoring any contribution, as in KPI-30. Null when nobody created in the previous period.',
  evaluate: perPeriod((ledger, scope, period) => {
    const before = authorsIn(ledger, scope, previousPeriod(period));
    const now = authorsIn(ledger, scope, period);
    return ratio([...before].filter((member) => now.has(member)).length, before.size);
  }),
};

export const contentKpis: KpiDefinition[] = [
  contentReads,
  contentShares,
  contentShareRate,
  contentClickThroughRate,
  contentComments,
  contentExposure,
  contentPropagationRate,
  contentCompletionRate,
  contentDwellTime,
  ...contentTypePreference,
  contentQuality,
  ugcContributionRate,
  ugcVolume,
  productionEfficiency,
  creatorRetention,
];
