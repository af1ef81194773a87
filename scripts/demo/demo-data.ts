// The demo tenant's data, generated deterministically from a seed: communities, people, joins and activity.
// Pure (no I/O, no clock unless `now` is left out). Erasable TypeScript only, no top-level await and no
// import.meta: Node runs it directly (npm start) and jest imports it through SWC as CommonJS.

export type CommunityKey = 'fitness' | 'tech' | 'food';
export type Platform = 'wechat' | 'discord' | 'douyin';
export type Channel = 'qr-code' | 'referral' | 'live' | 'poster' | 'campaign';
export type Propensity = 'heavy' | 'regular' | 'occasional' | 'dormant';
export type ActivityKind = 'message_posted' | 'reaction' | 'comment' | 'check_in' | 'visit' | 'live_attendance' | 'share' | 'purchase';

export interface DemoCommunity {
  key: CommunityKey;
  name: string;
  platform: Platform;
  /** The platform's own group id; unique per tenant, so it also identifies the demo community. */
  externalId: string;
}

export interface DemoIdentity {
  kind: 'phone' | 'email' | 'wechat_unionid';
  value: string;
}

export interface DemoJoin {
  community: CommunityKey;
  channel: Channel;
  /** When the person joined in the story; the loader sends it as the join's `joinedAt`. */
  joinedAt: Date;
  /** Index of an earlier joiner of the same community who referred this person (channel `referral`). */
  referrer?: number;
}

export interface DemoPerson {
  index: number;
  displayName: string;
  /** The phone first; some people also have an email or a WeChat union id. */
  identities: DemoIdentity[];
  propensity: Propensity;
  /** One or two, oldest first. A second join names the same phone, so it attaches to the same member. */
  joins: DemoJoin[];
}

export interface DemoActivity {
  person: number;
  community: CommunityKey;
  kind: ActivityKind;
  /** Stable across runs with the same seed, whatever `now` is: a resumed load repeats it and the API skips it. */
  clientEventId: string;
  occurredAt: Date;
  amountCents?: number;
}

export interface DemoData {
  tenant: string;
  seed: number;
  /** The end of the story: every join and activity happened at or before it. */
  now: Date;
  days: number;
  communities: DemoCommunity[];
  people: DemoPerson[];
  /** Sorted by `occurredAt`. */
  activity: DemoActivity[];
}

export interface DemoOptions {
  seed?: number;
  now?: Date;
  people?: number;
  days?: number;
  /** Multiplies every activity rate; 1 gives about 50,000 items for 2,000 people over 60 days. */
  activityScale?: number;
}

export const demoTenant = 'demo';
export const defaultDemoSeed = 20_240_601;

export const demoCommunities: readonly DemoCommunity[] = [
  { key: 'fitness', name: '健身打卡营', platform: 'wechat', externalId: 'demo-wechat-fitness-camp' },
  { key: 'tech', name: '程序员技术交流', platform: 'discord', externalId: 'demo-discord-dev-talk' },
  { key: 'food', name: '美食探店团', platform: 'douyin', externalId: 'demo-douyin-food-hunters' },
];

/** China time: the tenant's communities live on UTC+8. */
export const chinaOffsetHours = 8;
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

// --- seeded randomness -------------------------------------------------------------------------

export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG; the same seed gives the same sequence everywhere. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const int = (random: Random, min: number, maxInclusive: number) => min + Math.floor(random() * (maxInclusive - min + 1));
const pick = <T>(random: Random, items: ArrayLike<T>): T => items[Math.floor(random() * items.length)];

function weighted<T extends string>(random: Random, weights: Readonly<Partial<Record<T, number>>>): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}

/** Knuth's method; fine for the small means used here. */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}

// --- people ------------------------------------------------------------------------------------

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const givenChars = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲建国红梅宇浩然欣怡子轩梓涵一诺雨桐思远嘉乐晨阳晓雪佳琪文博天佑雅婷俊熙若曦志豪可馨';
const nicknameStems: Record<CommunityKey, readonly string[]> = {
  fitness: ['爱跑步的', '撸铁', '瑜伽', '减脂中的', '晨跑', '健身小白'],
  tech: ['码农', '前端', '全栈', '摸鱼的', 'Rust爱好者', '后端'],
  food: ['吃货', '探店达人', '爱吃辣的', '甜品控', '火锅', '深夜食堂'],
};

function displayName(random: Random, community: CommunityKey): string {
  const given = () => pick(random, givenChars);
  const style = random();
  if (style < 0.62) return pick(random, surnames) + given() + (random() < 0.7 ? given() : '');
  if (style < 0.8) return (random() < 0.5 ? '小' : '阿') + given();
  if (style < 0.9) return pick(random, nicknameStems[community]) + given() + (random() < 0.4 ? given() : '');
  return pick(random, surnames) + given() + given() + '_' + int(random, 80, 99);
}

/** Real mainland mobile prefixes (China Mobile, Unicom, Telecom, Broadnet). */
const mobilePrefixes = ['134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159', '178', '182', '183', '187', '188', '198',
  '130', '131', '132', '155', '156', '166', '176', '185', '186', '133', '153', '173', '177', '180', '181', '189', '191', '199', '192'];

export const chinaMobilePattern = /^1[3-9]\d{9}$/;

function phoneNumber(random: Random, taken: Set<string>): string {
  for (;;) {
    let number = pick(random, mobilePrefixes);
    for (let digit = 0; digit < 8; digit += 1) number += int(random, 0, 9);
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

const letters = 'abcdefghijklmnopqrstuvwxyz';
const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

function secondIdentity(random: Random, index: number): DemoIdentity {
  if (random() < 0.5) {
    // Reserved example domains (RFC 2606): the demo never names a real mailbox.
    let local = '';
    for (let count = int(random, 4, 8); count > 0; count -= 1) local += pick(random, letters);
    return { kind: 'email', value: `${local}${index}@${pick(random, ['example.com', 'example.net', 'example.org'])}` };
  }
  let unionId = 'o';
  for (let count = 0; count < 27; count += 1) unionId += pick(random, idAlphabet);
  return { kind: 'wechat_unionid', value: unionId };
}

// --- time --------------------------------------------------------------------------------------

/**
 * Relative weight of each hour of the day, China time: quiet nights, a lunch peak (12–13) and the
 * evening peak (20–22) when people are off work.
 */
export const hourWeights: readonly number[] = [
  // 0    1    2    3    4    5    6    7    8    9   10   11
  1.2, 0.6, 0.3, 0.2, 0.2, 0.3, 0.8, 1.8, 2.6, 3.0, 3.2, 3.8,
  // 12   13   14   15   16   17   18   19   20   21   22   23
  6.0, 5.2, 3.0, 2.8, 2.9, 3.2, 3.8, 4.6, 7.0, 7.4, 5.8, 2.8,
];

/** Fitness check-ins also come before work. */
const fitnessHourWeights = hourWeights.map((weight, hour) => (hour === 6 || hour === 7 ? weight + 3 : weight));

const weekdayFactor: Record<CommunityKey, readonly number[]> = {
  // Sunday first, China time. Developers talk shop on workdays; food and fitness pick up at weekends.
  tech: [0.5, 1, 1.05, 1.05, 1.05, 0.95, 0.45],
  fitness: [0.95, 1.1, 1, 1, 1, 0.85, 0.95],
  food: [1.25, 0.9, 0.9, 0.9, 0.95, 1.15, 1.35],
};

/** Each community streams one live session a week (China-time weekday, Sunday = 0), 20:00–21:30. */
const liveWeekday: Record<CommunityKey, number> = { fitness: 3, tech: 4, food: 6 };

/** Midnight China time of the day `instant` falls on, as a UTC instant. */
function chinaMidnight(instant: number): number {
  const shifted = instant + chinaOffsetHours * hourMs;
  return shifted - (((shifted % dayMs) + dayMs) % dayMs) - chinaOffsetHours * hourMs;
}

export const chinaHour = (date: Date) => (date.getUTCHours() + chinaOffsetHours) % 24;
export const chinaWeekday = (date: Date) => new Date(date.getTime() + chinaOffsetHours * hourMs).getUTCDay();

function instantInDay(random: Random, dayStart: number, weights: readonly number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let roll = random() * total;
  let hour = 0;
  while (hour < 23 && roll >= weights[hour]) roll -= weights[hour++];
  return dayStart + hour * hourMs + Math.floor(random() * hourMs);
}

// --- communities and activity ------------------------------------------------------------------

const channelWeights: Record<CommunityKey, Partial<Record<Channel, number>>> = {
  fitness: { 'qr-code': 35, referral: 25, poster: 20, live: 10, campaign: 10 },
  tech: { 'qr-code': 25, referral: 40, poster: 5, live: 15, campaign: 15 },
  food: { 'qr-code': 20, referral: 20, poster: 15, live: 30, campaign: 15 },
};

const kindWeights: Record<CommunityKey, Partial<Record<ActivityKind, number>>> = {
  fitness: { check_in: 38, message_posted: 22, reaction: 22, comment: 5, visit: 8, share: 2, live_attendance: 3 },
  tech: { message_posted: 38, reaction: 28, comment: 12, visit: 14, share: 5, live_attendance: 3 },
  food: { message_posted: 22, reaction: 24, comment: 6, visit: 20, purchase: 14, share: 10, live_attendance: 4 },
};

/** Activity items per member per day, before weekday and lifecycle factors. */
const dailyRate: Record<Propensity, number> = { heavy: 3, regular: 0.68, occasional: 0.16, dormant: 0.015 };
const propensityWeights: Record<Propensity, number> = { heavy: 8, regular: 24, occasional: 36, dormant: 32 };

/** Purchase values in cents: mostly 40–150 yuan per person, rounded to whole yuan, now and then a banquet. */
function purchaseCents(random: Random): number {
  const yuan = random() < 0.08 ? int(random, 300, 1200) : Math.round(35 * Math.exp(random() * 1.5));
  return yuan * 100;
}

/** Fitness people follow the food group more often than the tech one, and the other way round. */
const secondCommunityWeights: Record<CommunityKey, Partial<Record<CommunityKey, number>>> = {
  fitness: { food: 65, tech: 35 },
  tech: { fitness: 50, food: 50 },
  food: { fitness: 65, tech: 35 },
};

function joinDay(random: Random, days: number): number {
  // A launch: a third of the members arrive in the first week (most in its first days), then word
  // of mouth keeps bringing people, tailing off.
  if (random() < 0.34) return Math.min(days - 1, Math.floor(7 * random() * random()));
  for (;;) {
    const day = 7 + Math.floor(-Math.log(1 - random()) * 18);
    if (day < days) return day;
  }
}

function membershipSeed(seed: number, person: number, community: CommunityKey): number {
  const communityIndex = demoCommunities.findIndex((each) => each.key === community);
  return (seed ^ Math.imul(person + 1, 0x9e3779b1) ^ Math.imul(communityIndex + 1, 0x85ebca77)) >>> 0;
}

/** Generates the demo. The same seed, options and `now` always give the same data. */
export function generateDemo(options: DemoOptions = {}): DemoData {
  const seed = options.seed ?? defaultDemoSeed;
  const days = options.days ?? 60;
  const peopleCount = options.people ?? 2000;
  const scale = options.activityScale ?? 1;
  const now = new Date(Math.floor((options.now ?? new Date()).getTime() / 60_000) * 60_000);
  const random = mulberry32(seed);
  // Day 0 starts at China midnight `days - 1` days before today's, so the last day is today.
  const firstDay = chinaMidnight(now.getTime()) - (days - 1) * dayMs;

  const phones = new Set<string>();
  const people: DemoPerson[] = [];
  const primaryWeights: Partial<Record<CommunityKey, number>> = { fitness: 40, tech: 28, food: 32 };
  for (let index = 0; index < peopleCount; index += 1) {
    const primary = weighted(random, primaryWeights);
    const identities: DemoIdentity[] = [{ kind: 'phone', value: phoneNumber(random, phones) }];
    if (random() < 0.3) identities.push(secondIdentity(random, index));
    const communities: CommunityKey[] = [primary];
    if (random() < 0.16) communities.push(weighted(random, secondCommunityWeights[primary]));
    const joins = communities.map((community): DemoJoin => {
      const dayStart = firstDay + joinDay(random, days) * dayMs;
      let joinedAt = instantInDay(random, dayStart, hourWeights);
      // Today's joins cannot lie in the future. (The draw is made either way, so `now` never shifts the sequence.)
      const earlier = dayStart + Math.floor(random() * Math.max(0, now.getTime() - dayStart));
      if (joinedAt >= now.getTime()) joinedAt = earlier;
      return { community, channel: weighted(random, channelWeights[community]), joinedAt: new Date(joinedAt) };
    });
    joins.sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime());
    people.push({ index, displayName: displayName(random, primary), identities, propensity: weighted(random, propensityWeights), joins });
  }

  // Referrals name someone who joined the same community earlier.
  for (const community of demoCommunities) {
    const joiners = people
      .flatMap((person) => person.joins.filter((join) => join.community === community.key).map((join) => ({ person, join })))
      .sort((a, b) => a.join.joinedAt.getTime() - b.join.joinedAt.getTime());
    joiners.forEach(({ person, join }, position) => {
      if (join.channel !== 'referral') return;
      if (position < 5) {
        join.channel = 'qr-code';
        return;
      }
      // Heavy members refer more: look back a little and prefer the most engaged candidate.
      const candidates = [0, 1, 2].map(() => joiners[Math.floor(random() * position)].person).filter((candidate) => candidate !== person);
      if (candidates.length === 0) {
        join.channel = 'qr-code';
        return;
      }
      const rank: Record<Propensity, number> = { heavy: 0, regular: 1, occasional: 2, dormant: 3 };
      join.referrer = candidates.sort((a, b) => rank[a.propensity] - rank[b.propensity])[0].index;
    });
  }

  const activity: DemoActivity[] = [];
  const end = now.getTime();
  for (const person of people) {
    for (const join of person.joins) {
      const community = join.community;
      // Each membership draws from its own generator, so one person's activity never shifts another's.
      const random = mulberry32(membershipSeed(seed, person.index, community));
      let sequence = 0;
      const joinedAt = join.joinedAt.getTime();
      const firstActiveDay = Math.floor((chinaMidnight(joinedAt) - firstDay) / dayMs);
      for (let day = firstActiveDay; day < days; day += 1) {
        const dayStart = firstDay + day * dayMs;
        const weekday = chinaWeekday(new Date(dayStart + 12 * hourMs));
        // Newcomers are keen for a week or two; occasional and dormant members then drift off.
        const age = day - firstActiveDay;
        const keenness = person.propensity === 'heavy' || person.propensity === 'regular' ? 1 : age < 10 ? 2.2 : 0.8;
        const count = poisson(random, dailyRate[person.propensity] * scale * keenness * weekdayFactor[community][weekday]);
        for (let item = 0; item < count; item += 1) {
          let kind = weighted(random, kindWeights[community]);
          // Live sessions happen on one weekday; on the others that share of activity is reactions.
          if (kind === 'live_attendance' && weekday !== liveWeekday[community]) kind = 'reaction';
          const at =
            kind === 'live_attendance'
              ? dayStart + 20 * hourMs + Math.floor(random() * 1.5 * hourMs)
              : instantInDay(random, dayStart, community === 'fitness' && kind === 'check_in' ? fitnessHourWeights : hourWeights);
          const amountCents = kind === 'purchase' ? purchaseCents(random) : undefined;
          sequence += 1;
          if (at < joinedAt || at > end) continue;
          activity.push({
            person: person.index,
            community,
            kind,
            clientEventId: `demo-${seed}-${community}-${person.index}-${sequence}`,
            occurredAt: new Date(at),
            ...(amountCents === undefined ? {} : { amountCents }),
          });
        }
      }
    }
  }
  activity.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());

  return { tenant: demoTenant, seed, now, days, communities: demoCommunities.map((community) => ({ ...community })), people, activity };
}

/** Every join of the demo in story order (oldest first): the order the loader replays them in. */
export function joinsInOrder(data: DemoData): Array<{ person: DemoPerson; join: DemoJoin }> {
  return data.people
    .flatMap((person) => person.joins.map((join) => ({ person, join })))
    .sort((a, b) => a.join.joinedAt.getTime() - b.join.joinedAt.getTime() || a.person.index - b.person.index);
}

/** Expected members per community once the demo is loaded. */
export function memberCounts(data: DemoData): Record<CommunityKey, number> {
  const counts: Record<CommunityKey, number> = { fitness: 0, tech: 0, food: 0 };
  for (const person of data.people) for (const join of person.joins) counts[join.community] += 1;
  return counts;
}

/**
 * The join the loader holds back until everything else is in, as its completion marker: the latest
 * join of a person with a single join, no activity and no referrals, so nothing waits for it.
 */
export function sentinelJoin(data: DemoData): { person: DemoPerson; join: DemoJoin } {
  const active = new Set(data.activity.map((item) => item.person));
  // Nobody may wait for the sentinel's member id: it must not have referred anyone.
  const referrers = new Set(data.people.flatMap((person) => person.joins.map((join) => join.referrer)));
  const ordered = joinsInOrder(data);
  for (let position = ordered.length - 1; position >= 0; position -= 1) {
    const { person } = ordered[position];
    if (person.joins.length === 1 && !active.has(person.index) && !referrers.has(person.index)) return ordered[position];
  }
  const last = ordered[ordered.length - 1];
  if (referrers.has(last.person.index)) throw new Error('The demo has no join that can be held back until the end');
  return last;
}
