// The demo tenant's campaigns, derived from the demo data: a fission (referral) campaign with its
// programme and referrals, a 21-day check-in challenge, a coupon drop, a lottery and an offline meetup
// with a waitlist, who takes part in which, and a few hundred attributed conversions with some refunds.
// Pure and deterministic for a seed (times are offsets from the load). Erasable TypeScript only.
import { mulberry32, sentinelJoin, type DemoData } from './demo-data.ts';
import { generateModeration } from './demo-moderation.ts';

export type DemoCampaignKey = 'fission' | 'challenge' | 'coupon' | 'lottery' | 'meetup';

export interface DemoCampaign {
  key: DemoCampaignKey;
  kind: 'referral' | 'challenge' | 'coupon' | 'lottery' | 'offline_event';
  name: string;
  objective: 'acquisition' | 'loyalty' | 'sales' | 'participation';
  target: { metric: 'referrals' | 'check_ins' | 'conversions' | 'participants'; value: number };
  days: number;
  /** Person indexes who join it, in order. */
  participants: number[];
}

export interface DemoConversion {
  externalOrderId: string;
  person: number;
  amountMinor: number;
  /** Refunded in full, under its own refund reference. */
  refund?: { reference: string; amountMinor: number };
}

export interface DemoCampaigns {
  campaigns: DemoCampaign[];
  /** Everyone who takes part: they give marketing consent first. */
  consenting: number[];
  referrals: Array<{ referrer: number; invitee: number }>;
  coupon: { stock: number; claims: number[]; redemptions: number[] };
  lottery: { seed: string; prizes: Array<{ name: string; quantity: number }> };
  meetup: { capacity: number; registrations: number[] };
  checkIns: number[];
  conversions: DemoConversion[];
}

export interface DemoCampaignOptions {
  participants?: number;
  conversions?: number;
}

/** Deterministic shuffle (Fisher–Yates) with the story's own PRNG. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function generateCampaigns(data: DemoData, options: DemoCampaignOptions = {}): DemoCampaigns {
  const random = mulberry32(data.seed ^ 0x0ca3_9a16);
  const sentinel = sentinelJoin(data).person.index;
  // A sanctioned member may not join a campaign: the demo's campaigns leave them out.
  const sanctioned = new Set(generateModeration(data).sanctions.map((sanction) => sanction.person));
  const pool = shuffled(
    data.people.filter((person) => person.index !== sentinel && !sanctioned.has(person.index) && person.propensity !== 'dormant').map((person) => person.index),
    random,
  ).slice(0, Math.min(options.participants ?? 240, data.people.length));
  const slice = (from: number, count: number) => pool.slice(from, from + count);
  const quarter = Math.floor(pool.length / 4);

  // Referrers and invitees are disjoint sets: no self-referral, no cycle.
  const referrers = slice(0, Math.max(1, Math.floor(quarter / 4)));
  const invitees = slice(referrers.length, quarter - referrers.length);
  const referrals = invitees.map((invitee, index) => ({ referrer: referrers[index % referrers.length], invitee }));
  const checkIns = slice(quarter, quarter);
  const couponClaims = slice(2 * quarter, quarter);
  const lotteryEntrants = slice(3 * quarter, quarter);
  const meetupRegistrations = shuffled(pool, random).slice(0, Math.ceil(quarter * 0.8));

  const campaigns: DemoCampaign[] = [
    { key: 'fission', kind: 'referral', name: '老带新裂变:邀请好友入群得积分', objective: 'acquisition', target: { metric: 'referrals', value: 500 }, days: 30, participants: [...referrers, ...invitees] },
    { key: 'challenge', kind: 'challenge', name: '21天打卡挑战', objective: 'loyalty', target: { metric: 'check_ins', value: 3_000 }, days: 21, participants: checkIns },
    { key: 'coupon', kind: 'coupon', name: '双十二满减券限量抢', objective: 'sales', target: { metric: 'conversions', value: 300 }, days: 14, participants: couponClaims },
    { key: 'lottery', kind: 'lottery', name: '年终锦鲤抽奖', objective: 'participation', target: { metric: 'participants', value: 200 }, days: 10, participants: lotteryEntrants },
    { key: 'meetup', kind: 'offline_event', name: '上海线下见面会', objective: 'participation', target: { metric: 'participants', value: 30 }, days: 20, participants: meetupRegistrations },
  ];

  const buyers = [...couponClaims, ...invitees, ...checkIns, ...lotteryEntrants];
  const conversionCount = options.conversions ?? 300;
  const conversions: DemoConversion[] = Array.from({ length: conversionCount }, (_, index) => {
    const amountMinor = 1_990 + Math.floor(random() * 60) * 500;
    const refunded = index % 37 === 5;
    return {
      externalOrderId: `demo-order-${data.seed}-${index + 1}`,
      person: buyers[Math.floor(random() * buyers.length)],
      amountMinor,
      ...(refunded ? { refund: { reference: `demo-refund-${data.seed}-${index + 1}`, amountMinor } } : {}),
    };
  });

  const seedRandom = mulberry32(data.seed ^ 0x5eed);
  const seed = Array.from({ length: 8 }, () => Math.floor(seedRandom() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return {
    campaigns,
    consenting: [...new Set(campaigns.flatMap((campaign) => campaign.participants))],
    referrals,
    coupon: { stock: Math.ceil(couponClaims.length * 1.25), claims: couponClaims, redemptions: couponClaims.filter((_, index) => index % 3 === 0) },
    lottery: { seed, prizes: [{ name: '一等奖:智能手表', quantity: 1 }, { name: '二等奖:蓝牙耳机', quantity: 3 }, { name: '三等奖:品牌周边', quantity: 10 }] },
    meetup: { capacity: Math.floor(meetupRegistrations.length * 0.75), registrations: meetupRegistrations },
    checkIns,
    conversions,
  };
}
