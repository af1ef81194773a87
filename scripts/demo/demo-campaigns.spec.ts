import { lotterySeedPattern } from '../../apps/campaigns/src/lotteries/lottery-draw';
import { generateDemo, sentinelJoin, type DemoData } from './demo-data.ts';
import { generateCampaigns, type DemoCampaigns } from './demo-campaigns.ts';
import { generateModeration } from './demo-moderation.ts';

let demo: DemoData;
let story: DemoCampaigns;

beforeAll(() => {
  demo = generateDemo({ seed: 7, now: new Date('2026-03-18T04:30:00Z'), people: 400 });
  story = generateCampaigns(demo);
});

describe(generateCampaigns.name, () => {
  it('should give the same story for the same seed and another for another seed', () => {
    expect(generateCampaigns(demo)).toEqual(story);
    expect(generateCampaigns(generateDemo({ seed: 8, now: demo.now, people: 400 })).conversions).not.toEqual(story.conversions);
  });

  it('should have a fission campaign, a 21-day check-in challenge, a coupon drop, a lottery and an offline meetup, each with participants', () => {
    expect(story.campaigns.map(({ kind }) => kind)).toEqual(['referral', 'challenge', 'coupon', 'lottery', 'offline_event']);
    expect(story.campaigns.find(({ key }) => key === 'challenge')!.days).toBe(21);
    for (const campaign of story.campaigns) expect(campaign.participants.length).toBeGreaterThan(10);
  });

  it('should ask consent of exactly the participants, none of them the sentinel, who joins last, nor anyone sanctioned', () => {
    const participants = new Set(story.campaigns.flatMap(({ participants }) => participants));
    expect(new Set(story.consenting)).toEqual(participants);
    expect(participants.has(sentinelJoin(demo).person.index)).toBe(false);
    for (const { person } of generateModeration(demo).sanctions) expect(participants.has(person)).toBe(false);
  });

  it('should refer only invitees who are not referrers themselves: no self-referral and no cycle, each invitee once', () => {
    const referrers = new Set(story.referrals.map(({ referrer }) => referrer));
    const invitees = story.referrals.map(({ invitee }) => invitee);
    expect(story.referrals.length).toBeGreaterThan(20);
    expect(new Set(invitees).size).toBe(invitees.length);
    for (const invitee of invitees) expect(referrers.has(invitee)).toBe(false);
  });

  it('should drop coupons within stock, redeem some, and overbook the meetup so that some wait', () => {
    expect(story.coupon.claims.length).toBeLessThanOrEqual(story.coupon.stock);
    expect(story.coupon.redemptions.length).toBeGreaterThan(0);
    expect(story.coupon.redemptions.every((person) => story.coupon.claims.includes(person))).toBe(true);
    expect(story.meetup.registrations.length).toBeGreaterThan(story.meetup.capacity);
  });

  it('should reveal a lottery seed the lottery accepts', () => {
    expect(story.lottery.seed).toMatch(lotterySeedPattern);
  });

  it('should record a few hundred conversions by participants under distinct order ids, a few refunded in full', () => {
    const participants = new Set(story.consenting);
    expect(story.conversions).toHaveLength(300);
    expect(new Set(story.conversions.map(({ externalOrderId }) => externalOrderId)).size).toBe(300);
    expect(story.conversions.every(({ person, amountMinor }) => participants.has(person) && amountMinor > 0)).toBe(true);
    const refunds = story.conversions.filter(({ refund }) => refund);
    expect(refunds.length).toBeGreaterThanOrEqual(5);
    expect(refunds.length).toBeLessThan(30);
    expect(refunds.every(({ refund, amountMinor }) => refund!.amountMinor === amountMinor)).toBe(true);
  });
});
