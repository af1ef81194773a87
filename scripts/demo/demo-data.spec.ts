import { normaliseIdentity } from '../../apps/members/src/membership/identity/normalise';
import { chinaHour, chinaWeekday, demoCommunities, generateDemo, joinsInOrder, memberCounts, mulberry32, sentinelJoin, type CommunityKey, type DemoData } from './demo-data.ts';

const now = new Date('2026-03-18T04:30:00Z'); // 12:30 China time, a Wednesday
const dayMs = 86_400_000;
let demo: DemoData;

beforeAll(() => {
  demo = generateDemo({ seed: 7, now });
});

const countBy = <T, K extends string | number>(items: readonly T[], key: (item: T) => K) => {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

describe('mulberry32', () => {
  it('should repeat its sequence for a seed and give values in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(990);
    expect(mulberry32(43)()).not.toBe(first[0]);
  });
});

describe('generateDemo', () => {
  it('should give the same demo for the same seed and now, and another for another seed', () => {
    expect(JSON.stringify(generateDemo({ seed: 7, now }))).toBe(JSON.stringify(demo));
    const other = generateDemo({ seed: 8, now });
    expect(other.people.map((person) => person.identities[0].value)).not.toEqual(demo.people.map((person) => person.identities[0].value));
  });

  it('should keep the people and the client event ids of a seed when it runs again a few hours later', () => {
    const later = generateDemo({ seed: 7, now: new Date(now.getTime() + 3 * 3_600_000) });
    expect(later.people.map((person) => [person.displayName, person.identities, person.propensity, person.joins.map((join) => join.community)])).toEqual(
      demo.people.map((person) => [person.displayName, person.identities, person.propensity, person.joins.map((join) => join.community)]),
    );
    // The same story: what had happened by the first `now` has the same ids, kinds and times.
    const earlierIds = new Map(demo.activity.map((item) => [item.clientEventId, item]));
    const overlap = later.activity.filter((item) => earlierIds.has(item.clientEventId));
    expect(overlap.length).toBeGreaterThan(demo.activity.length * 0.95);
    for (const item of overlap.slice(0, 500)) {
      expect(item.kind).toBe(earlierIds.get(item.clientEventId)!.kind);
      expect(item.occurredAt).toEqual(earlierIds.get(item.clientEventId)!.occurredAt);
    }
  });

  it('should name the three demo communities on three platforms', () => {
    expect(demo.tenant).toBe('demo');
    expect(demo.communities.map(({ name, platform }) => [name, platform])).toEqual([
      ['健身打卡营', 'wechat'],
      ['程序员技术交流', 'discord'],
      ['美食探店团', 'douyin'],
    ]);
    expect(new Set(demo.communities.map((community) => community.externalId)).size).toBe(3);
  });

  it('should give 2,000 people unique, valid mainland mobile numbers and valid second identities', () => {
    expect(demo.people).toHaveLength(2000);
    const phones = demo.people.map((person) => person.identities[0]);
    expect(phones.every((identity) => identity.kind === 'phone' && /^1[3-9]\d{9}$/.test(identity.value))).toBe(true);
    expect(new Set(phones.map((identity) => identity.value)).size).toBe(2000);
    // Valid by the members service's own rules, and no two people share any identity.
    const all = demo.people.flatMap((person) => person.identities.map((identity) => normaliseIdentity(identity)));
    expect(new Set(all.map((identity) => `${identity.kind}:${identity.value}`)).size).toBe(all.length);
    const seconds = countBy(demo.people.filter((person) => person.identities.length === 2), (person) => person.identities[1].kind);
    expect(seconds.get('email')).toBeGreaterThan(150);
    expect(seconds.get('wechat_unionid')).toBeGreaterThan(150);
    expect(demo.people.every((person) => person.identities.length <= 2)).toBe(true);
  });

  it('should give every person a Chinese display name the API accepts', () => {
    const acceptable = (name: string) => name.length > 0 && name.length <= 50 && /[\u4e00-\u9fff]/.test(name);
    expect(demo.people.filter((person) => !acceptable(person.displayName))).toEqual([]);
    expect(new Set(demo.people.map((person) => person.displayName)).size).toBeGreaterThan(1000);
  });

  it('should spread members over the communities, with some in two of them', () => {
    const counts = memberCounts(demo);
    for (const key of ['fitness', 'tech', 'food'] as CommunityKey[]) expect(counts[key]).toBeGreaterThan(500);
    expect(counts.fitness).toBeGreaterThan(counts.tech);
    const total = counts.fitness + counts.tech + counts.food;
    expect(total).toBeGreaterThan(2150);
    expect(total).toBeLessThan(2500);
    const twice = demo.people.filter((person) => person.joins.length === 2);
    expect(twice.length).toBeGreaterThan(200);
    expect(twice.every((person) => person.joins[0].community !== person.joins[1].community)).toBe(true);
    expect(demo.people.every((person) => person.joins.length >= 1 && person.joins.length <= 2)).toBe(true);
  });

  it('should spread joins over 60 days with a launch first, through every channel, referred by earlier members', () => {
    const start = demo.now.getTime() - 60 * dayMs;
    const joins = joinsInOrder(demo);
    expect(joins.every(({ join }) => join.joinedAt.getTime() > start && join.joinedAt <= demo.now)).toBe(true);
    const week = countBy(joins, ({ join }) => Math.floor((join.joinedAt.getTime() - start) / (7 * dayMs)));
    const launch = week.get(0) ?? 0;
    for (const [index, count] of week) if (index > 0) expect(count).toBeLessThan(launch);
    expect(joins.filter(({ join }) => join.joinedAt.getTime() > demo.now.getTime() - 30 * dayMs).length).toBeGreaterThan(joins.length * 0.1);

    const channels = countBy(joins, ({ join }) => join.channel);
    expect([...channels.keys()].sort()).toEqual(['campaign', 'live', 'poster', 'qr-code', 'referral']);
    const referred = joins.filter(({ join }) => join.referrer !== undefined);
    expect(referred.length).toBe(channels.get('referral'));
    for (const { person, join } of referred) {
      const referrer = demo.people[join.referrer!];
      expect(referrer.index).not.toBe(person.index);
      const theirs = referrer.joins.find((each) => each.community === join.community);
      expect(theirs!.joinedAt.getTime()).toBeLessThanOrEqual(join.joinedAt.getTime());
    }
  });

  it('should record 40,000–60,000 activity items with unique client event ids, after each join and not after now', () => {
    expect(demo.activity.length).toBeGreaterThan(40_000);
    expect(demo.activity.length).toBeLessThan(60_000);
    expect(new Set(demo.activity.map((item) => item.clientEventId)).size).toBe(demo.activity.length);
    expect(demo.activity.every((item) => item.clientEventId.length <= 200)).toBe(true);
    const joinedAt = new Map(demo.people.flatMap((person) => person.joins.map((join) => [`${person.index}:${join.community}`, join.joinedAt.getTime()])));
    for (const item of demo.activity) {
      const joined = joinedAt.get(`${item.person}:${item.community}`);
      expect(joined).toBeDefined();
      if (item.occurredAt.getTime() < joined! || item.occurredAt > demo.now) throw new Error(`${item.clientEventId} at ${item.occurredAt.toISOString()}`);
    }
    const sorted = demo.activity.every((item, index) => index === 0 || demo.activity[index - 1].occurredAt <= item.occurredAt);
    expect(sorted).toBe(true);
  });

  it('should keep check-ins to fitness and purchases (with an amount) to food', () => {
    const kinds = countBy(demo.activity, (item) => `${item.community}:${item.kind}`);
    expect([...kinds.keys()].filter((key) => key.endsWith(':check_in'))).toEqual(['fitness:check_in']);
    expect([...kinds.keys()].filter((key) => key.endsWith(':purchase'))).toEqual(['food:purchase']);
    expect(kinds.get('fitness:check_in')).toBeGreaterThan(kinds.get('fitness:message_posted')!);
    for (const item of demo.activity) {
      if (item.kind === 'purchase') expect(Number.isInteger(item.amountCents) && item.amountCents! > 0).toBe(true);
      else expect(item.amountCents).toBeUndefined();
    }
    const live = demo.activity.filter((item) => item.kind === 'live_attendance');
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((item) => chinaHour(item.occurredAt) >= 20 && chinaHour(item.occurredAt) <= 21)).toBe(true);
  });

  it('should follow a daily rhythm in China time: quiet nights, a lunch peak and the busiest evenings', () => {
    const byHour = countBy(demo.activity, (item) => chinaHour(item.occurredAt));
    const hour = (h: number) => byHour.get(h) ?? 0;
    const mean = demo.activity.length / 24;
    const evening = (hour(20) + hour(21)) / 2;
    expect(evening).toBeGreaterThan(mean * 1.5);
    expect(evening).toBeGreaterThan(Math.max(...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 23].map(hour)));
    expect(hour(12)).toBeGreaterThan((hour(10) + hour(15)) * 0.75);
    expect((hour(2) + hour(3) + hour(4)) / 3).toBeLessThan(evening * 0.1);
  });

  it('should dip at weekends in the tech community but not in the food one', () => {
    const start = demo.now.getTime() - 60 * dayMs;
    const days = Array.from({ length: 60 }, (_, day) => new Date(start + (day + 1) * dayMs));
    const daysPerWeekday = countBy(days, chinaWeekday);
    const perDay = (community: CommunityKey, weekend: boolean) => {
      const items = demo.activity.filter((item) => item.community === community && [0, 6].includes(chinaWeekday(item.occurredAt)) === weekend);
      const dayCount = [0, 1, 2, 3, 4, 5, 6]
        .filter((weekday) => [0, 6].includes(weekday) === weekend)
        .reduce((sum, weekday) => sum + daysPerWeekday.get(weekday)!, 0);
      return items.length / dayCount;
    };
    expect(perDay('tech', true)).toBeLessThan(perDay('tech', false) * 0.7);
    expect(perDay('food', true)).toBeGreaterThan(perDay('food', false));
  });

  it('should give members different activity levels, from heavy to dormant', () => {
    const perPerson = countBy(demo.activity, (item) => item.person);
    const byPropensity = (propensity: string) => {
      const people = demo.people.filter((person) => person.propensity === propensity);
      return people.reduce((sum, person) => sum + (perPerson.get(person.index) ?? 0), 0) / people.length;
    };
    expect(byPropensity('heavy')).toBeGreaterThan(byPropensity('regular') * 2);
    expect(byPropensity('regular')).toBeGreaterThan(byPropensity('occasional') * 2);
    expect(byPropensity('occasional')).toBeGreaterThan(byPropensity('dormant'));
    expect(demo.people.filter((person) => !perPerson.has(person.index)).length).toBeGreaterThan(50);
  });

  it('should hold back a sentinel join that nothing depends on', () => {
    const { person, join } = sentinelJoin(demo);
    expect(person.joins).toEqual([join]);
    expect(demo.activity.some((item) => item.person === person.index)).toBe(false);
    expect(demo.people.some((each) => each.joins.some((other) => other.referrer === person.index))).toBe(false);
    expect(demoCommunities.map((community) => community.key)).toContain(join.community);
  });
});
