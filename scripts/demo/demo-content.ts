// The demo tenant's content story, derived from the demo data: a content plan per community, ten items
// per community in every workflow state (two brand-sensitive, reviewed in two rounds), UGC threads
// (a question with an accepted answer, a post with comments and a reply, a poll with votes, a pinned
// operator topic), and 60 days of engagement signals on the items that went out.
// Pure and deterministic for a seed (times are offsets from `data.now`). Erasable TypeScript only.
import { chinaOffsetHours, hourWeights, mulberry32, poisson, sentinelJoin, type CommunityKey, type DemoData, type Random } from './demo-data.ts';
import { generateModeration } from './demo-moderation.ts';

export const contentStates = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'archived', 'rejected'] as const;
export type DemoContentState = (typeof contentStates)[number];
export type DemoContentPlatform = 'wechat' | 'weibo' | 'douyin' | 'xiaohongshu' | 'discord';
export type DemoContentType = 'industry_news' | 'tips_tutorial' | 'case_story' | 'interactive_topic' | 'brand_story' | 'user_feedback' | 'expert_session' | 'vertical_feature';
export type DemoSignalKind = 'impression' | 'view' | 'like' | 'comment' | 'share' | 'repost' | 'click' | 'video_play_started' | 'video_play_completed';

export interface DemoContentPlan {
  community: CommunityKey;
  postsPerWeek: { min: number; max: number };
  typeMix: Array<{ type: DemoContentType; percent: number }>;
  staleAfterDays: number;
}

export interface DemoContentItem {
  /** Stable for a seed: idempotency keys and client event ids are made from it. */
  key: string;
  community: CommunityKey;
  state: DemoContentState;
  contentType: DemoContentType;
  format: 'text' | 'image_text' | 'short_video';
  riskTier: 'ordinary' | 'brand_sensitive';
  title: string;
  /** HTML, as an author writes it. */
  body: string;
  topics: string[];
  /** One variant per platform, in the platform's hashtag form. */
  variants: Array<{ platform: DemoContentPlatform; text: string; hashtags: string[] }>;
  /** For `scheduled`: how many days after the load it goes out. */
  scheduledInDays?: number;
  /** For `in_review`: approval rounds already given (a brand-sensitive item waiting for its second). */
  roundsApproved?: number;
}

export interface DemoContribution {
  kind: 'comment' | 'reply' | 'answer';
  author: number;
  body: string;
  /** For an answer: the asker accepts it. */
  accepted?: boolean;
  /** Comments and replies under this one. */
  replies?: DemoContribution[];
}

export interface DemoThread {
  key: string;
  community: CommunityKey;
  /** A topic is seeded by an operator: it has no author, and is pinned. */
  kind: 'topic' | 'post' | 'question' | 'poll';
  author?: number;
  title: string;
  body: string;
  pollOptions?: string[];
  votes?: Array<{ person: number; option: number }>;
  /** Showcased by the community team (CNT-46). */
  promoted?: boolean;
  contributions: DemoContribution[];
}

export interface DemoSignal {
  item: string;
  community: CommunityKey;
  kind: DemoSignalKind;
  platform: DemoContentPlatform;
  person?: number;
  dwellMs?: number;
  /** Stable across runs with the same seed, whatever `now` is: a resumed load repeats it and the API skips it. */
  clientEventId: string;
  occurredAt: Date;
}

export interface DemoContent {
  plans: DemoContentPlan[];
  items: DemoContentItem[];
  threads: DemoThread[];
  /** Sorted by `occurredAt`. */
  signals: DemoSignal[];
}

export interface DemoContentOptions {
  /** Multiplies every engagement rate; 1 gives about 25,000 signals. */
  engagementScale?: number;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Each community posts on its own platform and one more. */
export const communityPlatforms: Record<CommunityKey, readonly [DemoContentPlatform, DemoContentPlatform]> = {
  fitness: ['wechat', 'weibo'],
  tech: ['discord', 'wechat'],
  food: ['douyin', 'xiaohongshu'],
};

const formats: Record<CommunityKey, DemoContentItem['format']> = { fitness: 'image_text', tech: 'text', food: 'short_video' };

/** The state of the n-th item of each community: four published, one of every other state. */
const stateOrder: readonly DemoContentState[] = ['published', 'published', 'published', 'published', 'in_review', 'archived', 'rejected', 'approved', 'scheduled', 'draft'];
/** The brand story (in review, round 1 of 2) and a member's story (published after two rounds) are brand-sensitive (CNT-22). */
const brandSensitive = new Set([1, 4]);

const titles: Record<CommunityKey, ReadonlyArray<readonly [DemoContentType, string, string]>> = {
  fitness: [
    ['tips_tutorial', '21天打卡：居家徒手训练计划', '不用器械，每天二十分钟，三周养成运动习惯。'],
    ['case_story', '会员故事：半年减脂二十斤的坚持', '她每天早上六点打卡，分享饮食和训练的小心得。'],
    ['expert_session', '跑步膝盖疼？教练来答疑', '热身、跑姿和跑鞋，三个最常见的问题一次讲清。'],
    ['interactive_topic', '本周话题：你最爱的运动早餐', '留言晒出你的早餐，点赞最多的送训练营周边。'],
    ['brand_story', '品牌故事：我们为什么做打卡营', '从十个朋友一起晨跑开始，讲讲打卡营的初心。'],
    ['industry_news', '全民健身日活动汇总', '各地的全民健身日活动和报名方式都在这里。'],
    ['user_feedback', '会员反馈：训练营课表调整说明', '根据大家的建议，晚间课程改到八点开始。'],
    ['vertical_feature', '瑜伽专栏：睡前十分钟拉伸', '六个简单动作，放松肩颈，帮助入睡。'],
    ['tips_tutorial', '假期不断练：七天居家计划', '假期在家也能练，七天计划每天十五分钟。'],
    ['tips_tutorial', '夏季夜跑安全指南', '选路线、穿亮色、补水，夜跑前看一看。'],
  ],
  tech: [
    ['tips_tutorial', 'Rust 所有权入门：三张图看懂', '借用、移动和生命周期，用三张图讲清楚。'],
    ['case_story', '案例：我们把构建时间缩短了一半', '缓存、并行和增量编译，一个团队的实践记录。'],
    ['expert_session', '专家问答：前端性能优化', '首屏、长列表和打包体积，嘉宾现场答疑。'],
    ['interactive_topic', '本周讨论：你用什么编辑器', '说说你的编辑器和最离不开的插件。'],
    ['brand_story', '社区故事：从十个人到两千人', '技术交流群这两年的成长，和每一位贡献者。'],
    ['industry_news', '本月开源动态', '本月值得关注的开源项目和版本发布。'],
    ['user_feedback', '成员反馈：线上分享会时间调整', '分享会改到周四晚上，方便更多人参加。'],
    ['vertical_feature', '数据库专栏：索引的正确打开方式', '什么时候建索引，什么时候反而更慢。'],
    ['tips_tutorial', '新人指南：如何提一个好问题', '写清环境、步骤和期望，问题更快得到回答。'],
    ['tips_tutorial', 'TypeScript 类型体操十题', '十道由浅入深的类型练习，附参考答案。'],
  ],
  food: [
    ['case_story', '成都火锅探店：本地人常去的五家', '团长带队吃了一周，选出五家本地人最爱的火锅。'],
    ['tips_tutorial', '三分钟学会蒜蓉小龙虾', '蒜蓉要分两次下锅，香味才足。'],
    ['expert_session', '厨师问答：家里怎么炒出锅气', '火候、油温和翻炒节奏，大厨一一解答。'],
    ['interactive_topic', '投票：甜粽子还是咸粽子', '南北之争又来了，你站哪一边？'],
    ['brand_story', '美食探店团的故事', '从一次夜市探店开始，我们一起吃遍了三十座城市。'],
    ['industry_news', '餐饮资讯：夜市经济新动向', '各地夜市的新玩法和人气小吃。'],
    ['user_feedback', '团员反馈：探店路线怎么定', '根据投票结果，下个月去西安和长沙。'],
    ['vertical_feature', '甜品专栏：零失败舒芙蕾', '蛋白打发到硬性发泡，是成功的关键。'],
    ['case_story', '中秋月饼测评：十款对比', '十款月饼从口感到包装，团员盲测打分。'],
    ['tips_tutorial', '深夜食堂：一碗暖胃的粥', '砂锅慢熬的皮蛋瘦肉粥，做法简单。'],
  ],
};

const topicsOf: Record<CommunityKey, readonly string[]> = { fitness: ['健身', '打卡'], tech: ['编程', '开源'], food: ['美食', '探店'] };

const plans: readonly DemoContentPlan[] = [
  { community: 'fitness', postsPerWeek: { min: 3, max: 7 }, typeMix: [{ type: 'tips_tutorial', percent: 40 }, { type: 'case_story', percent: 20 }, { type: 'interactive_topic', percent: 20 }, { type: 'expert_session', percent: 20 }], staleAfterDays: 5 },
  { community: 'tech', postsPerWeek: { min: 2, max: 5 }, typeMix: [{ type: 'tips_tutorial', percent: 50 }, { type: 'industry_news', percent: 20 }, { type: 'expert_session', percent: 30 }], staleAfterDays: 7 },
  { community: 'food', postsPerWeek: { min: 3, max: 10 }, typeMix: [{ type: 'case_story', percent: 40 }, { type: 'tips_tutorial', percent: 30 }, { type: 'interactive_topic', percent: 30 }], staleAfterDays: 4 },
];

/** How a hashtag is written on the platform: #话题# on Weibo, #话题 elsewhere, none on Discord. */
export function hashtagsFor(platform: DemoContentPlatform, topics: readonly string[]): string[] {
  if (platform === 'discord') return [];
  return topics.map((topic) => (platform === 'weibo' ? `#${topic}#` : `#${topic}`));
}

function itemsOf(community: CommunityKey): DemoContentItem[] {
  return titles[community].map(([contentType, title, summary], index) => {
    const topics = [...topicsOf[community]];
    const state = stateOrder[index];
    return {
      key: `${community}-${index + 1}`,
      community,
      state,
      contentType,
      format: formats[community],
      riskTier: brandSensitive.has(index) ? 'brand_sensitive' : 'ordinary',
      title,
      body: `<h2>${title}</h2><p>${summary}</p>`,
      topics,
      variants: communityPlatforms[community].map((platform) => ({ platform, text: `${title}｜${summary}`, hashtags: hashtagsFor(platform, topics) })),
      ...(state === 'scheduled' ? { scheduledInDays: 3 } : {}),
      ...(state === 'in_review' && brandSensitive.has(index) ? { roundsApproved: 1 } : {}),
    };
  });
}

function instantInDay(random: Random, dayStart: number): number {
  const total = hourWeights.reduce((sum, weight) => sum + weight, 0);
  let roll = random() * total;
  let hour = 0;
  while (hour < 23 && roll >= hourWeights[hour]) roll -= hourWeights[hour++];
  return dayStart + hour * hourMs + Math.floor(random() * hourMs);
}

/** Who takes part in UGC and reads with a known member id: members of the community, active, not sanctioned, not the sentinel (who joins last). */
function communityMembers(data: DemoData, community: CommunityKey): Array<{ person: number; joinedAt: number }> {
  const sentinel = sentinelJoin(data).person.index;
  const sanctioned = new Set(generateModeration(data).sanctions.map((sanction) => sanction.person));
  return data.people
    .filter((person) => person.index !== sentinel && !sanctioned.has(person.index) && person.propensity !== 'dormant')
    .flatMap((person) => person.joins.filter((join) => join.community === community).map((join) => ({ person: person.index, joinedAt: join.joinedAt.getTime() })));
}

function threadsOf(community: CommunityKey, members: readonly number[]): DemoThread[] {
  const [asker, answerer, otherAnswerer, poster, ...rest] = members;
  const voters = rest.slice(4, 16);
  const at = (index: number) => rest[index % Math.max(1, rest.length)];
  const topic = topicsOf[community][0];
  return [
    {
      key: `${community}-question`,
      community,
      kind: 'question',
      author: asker,
      title: `新人求助：${topic}怎么入门？`,
      body: `刚加入群，想系统地学一学${topic}，大家有什么建议？`,
      contributions: [
        { kind: 'answer', author: answerer, body: '先看群公告里的入门合集，再每天坚持打卡，一个月就有感觉了。' },
        { kind: 'answer', author: otherAnswerer, body: '找一个固定的时间段，和群里的小伙伴结伴，最容易坚持。', accepted: true, replies: [{ kind: 'comment', author: asker, body: '谢谢，今天就开始！' }] },
      ],
    },
    {
      key: `${community}-post`,
      community,
      kind: 'post',
      author: poster,
      title: `分享一下我的${topic}心得`,
      body: '坚持三个月了，记录一下这段时间的变化和踩过的坑。',
      promoted: true,
      contributions: [
        { kind: 'comment', author: at(0), body: '写得很用心，收藏了。', replies: [{ kind: 'reply', author: poster, body: '谢谢支持，一起加油。' }] },
        { kind: 'comment', author: at(1), body: '第二个坑我也踩过，感同身受。' },
        { kind: 'comment', author: at(2), body: '求更新后续！' },
      ],
    },
    {
      key: `${community}-poll`,
      community,
      kind: 'poll',
      author: at(3),
      title: '下次线上活动选哪天？',
      body: '大家投票决定，票数最多的那天开。',
      pollOptions: ['周三晚上', '周五晚上', '周六下午'],
      votes: voters.map((person, index) => ({ person, option: index % 3 === 2 ? 0 : (index % 2) + 1 })),
      contributions: [],
    },
    {
      key: `${community}-topic`,
      community,
      kind: 'topic',
      title: `本月${topic}主题讨论`,
      body: '这个月的主题讨论帖，欢迎大家在这里交流。',
      contributions: [
        { kind: 'comment', author: at(4), body: '报到！这个月的目标是每周三次。' },
        { kind: 'comment', author: at(5), body: '希望多一些新手向的内容。' },
      ],
    },
  ];
}

/** The item's audience over the story: it went out on `startDay`, its interest halves every week, and a trickle remains. */
function signalsOf(item: DemoContentItem, startDay: number, data: DemoData, members: ReadonlyArray<{ person: number; joinedAt: number }>, scale: number): DemoSignal[] {
  const random = mulberry32(data.seed ^ [...item.key].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 0x01000193), 0x811c9dc5));
  const end = data.now.getTime();
  const shifted = end + chinaOffsetHours * hourMs;
  const today = shifted - (((shifted % dayMs) + dayMs) % dayMs) - chinaOffsetHours * hourMs;
  const firstDay = today - (data.days - 1) * dayMs;
  const video = item.format === 'short_video';
  const signals: DemoSignal[] = [];
  let sequence = 0;
  for (let day = startDay; day < data.days; day += 1) {
    const interest = scale * (80 * 0.5 ** ((day - startDay) / 7) + 3);
    const rates: Array<[DemoSignalKind, number]> = [
      ['impression', interest],
      ['view', interest * 0.4],
      ['like', interest * 0.06],
      ['comment', interest * 0.02],
      ['share', interest * 0.03],
      ['repost', interest * 0.01],
      ['click', interest * 0.05],
      ...(video ? ([['video_play_started', interest * 0.3], ['video_play_completed', interest * 0.13]] as Array<[DemoSignalKind, number]>) : []),
    ];
    for (const [kind, mean] of rates) {
      const count = poisson(random, mean);
      for (let index = 0; index < count; index += 1) {
        const at = instantInDay(random, firstDay + day * dayMs);
        const platform = item.variants[random() < 0.7 ? 0 : item.variants.length - 1].platform;
        const reader = kind === 'view' && random() < 0.35 ? members[Math.floor(random() * members.length)] : undefined;
        const dwellMs = kind === 'view' ? 5_000 + Math.floor(random() * 175_000) : undefined;
        sequence += 1;
        if (at > end) continue;
        signals.push({
          item: item.key,
          community: item.community,
          kind,
          platform,
          ...(reader && reader.joinedAt <= at ? { person: reader.person } : {}),
          ...(dwellMs === undefined ? {} : { dwellMs }),
          clientEventId: `demo-${data.seed}-content-${item.key}-${sequence}`,
          occurredAt: new Date(at),
        });
      }
    }
  }
  return signals;
}

export function generateContent(data: DemoData, options: DemoContentOptions = {}): DemoContent {
  const scale = options.engagementScale ?? 1;
  const items: DemoContentItem[] = [];
  const threads: DemoThread[] = [];
  const signals: DemoSignal[] = [];
  for (const community of data.communities) {
    const communityItems = itemsOf(community.key);
    items.push(...communityItems);
    const members = communityMembers(data, community.key);
    const random = mulberry32(data.seed ^ 0xc0_47e7);
    const shuffled = members.map((member) => member.person).sort((a, b) => a - b);
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    threads.push(...threadsOf(community.key, shuffled.slice(0, 30)));
    // What went out did so over the story: the archived item first, then the published ones, the last a week ago.
    const engaged = communityItems.filter((item) => item.state === 'archived' || item.state === 'published').sort((a, b) => Number(b.state === 'archived') - Number(a.state === 'archived'));
    engaged.forEach((item, position) => {
      const startDay = Math.floor((position * (data.days - 7)) / Math.max(1, engaged.length - 1));
      signals.push(...signalsOf(item, startDay, data, members, scale));
    });
  }
  signals.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  return { plans: plans.filter((plan) => data.communities.some((community) => community.key === plan.community)), items, threads, signals };
}
