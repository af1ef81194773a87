// Points and profiles of the demo members, derived deterministically from the generated demo.
// Pure and Erasable TypeScript only (see demo-data.ts): Node runs it directly, jest imports it.
import { mulberry32, type ActivityKind, type CommunityKey, type DemoData, type DemoPerson, type Random } from './demo-data.ts';

export type PointsSourceKind = 'activity' | 'check_in' | 'purchase';

export interface DemoEarning {
  person: number;
  community: CommunityKey;
  sourceKind: PointsSourceKind;
  amount: number;
  /** One per member, community and kind: a resumed load sends it again and the API pays it once. */
  sourceRef: string;
}

export interface DemoRedemption {
  person: number;
  amount: number;
  /** A UUID stable for the seed: resending it never charges twice. */
  redemptionId: string;
}

export interface DemoProfile {
  ageBand: string;
  gender: string;
  region: string;
  occupation: string;
  interests: string[];
  activeHours: number[];
}

/** Points per activity item, by kind; purchases earn a point per yuan. */
const pointsPerItem: Record<Exclude<ActivityKind, 'purchase'>, number> = {
  check_in: 10,
  message_posted: 2,
  comment: 3,
  reaction: 1,
  share: 5,
  live_attendance: 8,
  visit: 0,
};

const sourceKindOf = (kind: ActivityKind): PointsSourceKind => (kind === 'check_in' ? 'check_in' : kind === 'purchase' ? 'purchase' : 'activity');

/** What each member earned for their activity, one award per member, community and kind of source. */
export function demoEarnings(data: DemoData): DemoEarning[] {
  const totals = new Map<string, DemoEarning>();
  for (const item of data.activity) {
    const amount = item.kind === 'purchase' ? Math.floor((item.amountCents ?? 0) / 100) : pointsPerItem[item.kind];
    if (amount <= 0) continue;
    const sourceKind = sourceKindOf(item.kind);
    const key = `${item.person}:${item.community}:${sourceKind}`;
    const earning = totals.get(key) ?? { person: item.person, community: item.community, sourceKind, amount: 0, sourceRef: `demo-${data.seed}-${key}` };
    earning.amount += amount;
    totals.set(key, earning);
  }
  return [...totals.values()].sort((a, b) => a.person - b.person || a.sourceRef.localeCompare(b.sourceRef));
}

const redemptionSteps = [100, 200, 300, 500, 800];

/** About a third of the members with 300 points or more redeem part of them for a reward; nobody overspends. */
export function demoRedemptions(data: DemoData, earnings: readonly DemoEarning[] = demoEarnings(data)): DemoRedemption[] {
  const balances = new Map<number, number>();
  for (const earning of earnings) balances.set(earning.person, (balances.get(earning.person) ?? 0) + earning.amount);
  const random = mulberry32(data.seed ^ 0x5eed_9017);
  const redemptions: DemoRedemption[] = [];
  for (const [person, balance] of [...balances].sort(([a], [b]) => a - b)) {
    const roll = random();
    if (balance < 300 || roll >= 0.35) continue;
    const affordable = redemptionSteps.filter((step) => step <= balance * 0.8);
    const amount = affordable[Math.floor(random() * affordable.length)] ?? 100;
    redemptions.push({ person, amount, redemptionId: stableUuid(data.seed, person) });
  }
  return redemptions;
}

/** A UUID-shaped id from the seed and the person (version 4 layout, deterministic). */
function stableUuid(seed: number, person: number): string {
  const random = mulberry32((seed ^ Math.imul(person + 1, 0x27d4eb2d)) >>> 0);
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

const ageBandWeights: Record<CommunityKey, Record<string, number>> = {
  fitness: { '18_24': 24, '25_34': 42, '35_44': 22, '45_54': 9, '55_64': 3 },
  tech: { '18_24': 22, '25_34': 52, '35_44': 21, '45_54': 5 },
  food: { '18_24': 28, '25_34': 38, '35_44': 20, '45_54': 10, '55_64': 4 },
};
const genderWeights: Record<CommunityKey, Record<string, number>> = {
  fitness: { female: 55, male: 41, undisclosed: 4 },
  tech: { female: 22, male: 74, undisclosed: 4 },
  food: { female: 61, male: 35, undisclosed: 4 },
};
const regions = ['上海', '北京', '杭州', '深圳', '广州', '成都', '南京', '武汉', '西安', '重庆', '苏州', '长沙'];
const occupations: Record<CommunityKey, readonly string[]> = {
  fitness: ['教练', '白领', '学生', '护士', '销售', '设计师'],
  tech: ['后端工程师', '前端工程师', '产品经理', '测试工程师', '学生', '架构师'],
  food: ['白领', '学生', '厨师', '自由职业', '教师', '美食博主'],
};
const interestsOf: Record<CommunityKey, readonly string[]> = {
  fitness: ['跑步', '瑜伽', '力量训练', '骑行', '游泳', '减脂', '徒步'],
  tech: ['Rust', 'TypeScript', '云原生', 'AI', '开源', '数据库', '前端'],
  food: ['火锅', '甜品', '咖啡', '探店', '烘焙', '川菜', '日料'],
};

function weightedKey(random: Random, weights: Record<string, number>): string {
  const entries = Object.entries(weights);
  let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** The person's profile, from their own generator: the rest of the demo never shifts with it. */
export function demoProfile(data: DemoData, person: DemoPerson): DemoProfile {
  const random = mulberry32((data.seed ^ Math.imul(person.index + 1, 0x632be5ab) ^ 0x0f1e2d3c) >>> 0);
  const community = person.joins[0]!.community;
  const pool = [...interestsOf[community]];
  const interests: string[] = [];
  for (let count = 1 + Math.floor(random() * 3); count > 0 && pool.length > 0; count -= 1) interests.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  const evening = 19 + Math.floor(random() * 3);
  return {
    ageBand: weightedKey(random, ageBandWeights[community]),
    gender: weightedKey(random, genderWeights[community]),
    region: regions[Math.floor(random() * regions.length)]!,
    occupation: occupations[community][Math.floor(random() * occupations[community].length)]!,
    interests,
    activeHours: random() < 0.5 ? [12, evening, evening + 1] : [evening, evening + 1],
  };
}
