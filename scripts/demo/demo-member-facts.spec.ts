import { generateDemo, type DemoData } from './demo-data.ts';
import { demoEarnings, demoProfile, demoRedemptions } from './demo-member-facts.ts';

const now = new Date('2026-03-18T04:30:00Z');
let demo: DemoData;

beforeAll(() => {
  demo = generateDemo({ seed: 7, now, people: 400 });
});

describe('demoEarnings', () => {
  it('should pay each member for their activity once per community and kind, with a stable source reference', () => {
    const earnings = demoEarnings(demo);
    const refs = earnings.map((earning) => earning.sourceRef);
    expect(new Set(refs).size).toBe(refs.length);
    expect(earnings.every((earning) => Number.isInteger(earning.amount) && earning.amount > 0)).toBe(true);
    expect(demoEarnings(generateDemo({ seed: 7, now: new Date('2026-03-18T05:00:00Z'), people: 400 })).map((each) => each.sourceRef).slice(0, 20)).toEqual(refs.slice(0, 20));
    // Check-ins pay 10 each: a member's check-in award is ten times their check-ins there.
    const checkIn = earnings.find((earning) => earning.sourceKind === 'check_in')!;
    const checkIns = demo.activity.filter((item) => item.person === checkIn.person && item.community === checkIn.community && item.kind === 'check_in').length;
    expect(checkIn.amount).toBe(checkIns * 10);
    // Purchases pay a point per whole yuan.
    const purchase = earnings.find((earning) => earning.sourceKind === 'purchase')!;
    const spent = demo.activity.filter((item) => item.person === purchase.person && item.kind === 'purchase' && item.community === purchase.community);
    expect(purchase.amount).toBe(spent.reduce((sum, item) => sum + Math.floor(item.amountCents! / 100), 0));
  });
});

describe('demoRedemptions', () => {
  it('should let some members redeem, never more than they earned, under stable UUIDs', () => {
    const earnings = demoEarnings(demo);
    const redemptions = demoRedemptions(demo, earnings);
    expect(redemptions.length).toBeGreaterThan(0);
    for (const redemption of redemptions) {
      const earned = earnings.filter((earning) => earning.person === redemption.person).reduce((sum, earning) => sum + earning.amount, 0);
      expect(redemption.amount).toBeLessThanOrEqual(earned);
      expect(redemption.redemptionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(demoRedemptions(demo, earnings)).toEqual(redemptions);
  });
});

describe('demoProfile', () => {
  it('should give every person a valid, repeatable profile', () => {
    const profiles = demo.people.map((person) => demoProfile(demo, person));
    expect(demo.people.map((person) => demoProfile(demo, person))).toEqual(profiles);
    for (const profile of profiles) {
      expect(['under_18', '18_24', '25_34', '35_44', '45_54', '55_64', '65_plus']).toContain(profile.ageBand);
      expect(['female', 'male', 'other', 'undisclosed']).toContain(profile.gender);
      expect(profile.interests.length).toBeGreaterThanOrEqual(1);
      expect(profile.activeHours.every((hour) => hour >= 0 && hour <= 23)).toBe(true);
    }
    expect(new Set(profiles.map((profile) => profile.region)).size).toBeGreaterThan(5);
  });
});
