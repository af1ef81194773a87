import { limitProblems } from '../../apps/content/src/content-items/platform-limits';
import { RuleBasedRiskClassifier } from '../../apps/moderation/src/screening/classifier/rule-based-risk-classifier';
import { compileWatchedList } from '../../apps/moderation/src/screening/matching/compiled-watched-list';
import { screen } from '../../apps/moderation/src/screening/screen';
import { watchedWordDefinition } from '../../apps/moderation/src/watched-words/watched-word';
import { parseWatchedWordsCsv } from '../../apps/moderation/src/watched-words/watched-words.csv';
import { generateDemo, sentinelJoin, type DemoData } from './demo-data.ts';
import { contentStates, generateContent, type DemoContent, type DemoContribution } from './demo-content.ts';
import { generateModeration } from './demo-moderation.ts';

let demo: DemoData;
let story: DemoContent;
const dayMs = 86_400_000;

beforeAll(() => {
  demo = generateDemo({ seed: 7, now: new Date('2026-03-18T04:30:00Z'), people: 400 });
  story = generateContent(demo);
});

const contributionsOf = (contributions: readonly DemoContribution[]): DemoContribution[] => contributions.flatMap((contribution) => [contribution, ...contributionsOf(contribution.replies ?? [])]);

describe(generateContent.name, () => {
  it('should give the same story for the same seed, and the same signal ids when the load runs a day later', () => {
    expect(generateContent(demo)).toEqual(story);
    const later = generateContent(generateDemo({ seed: 7, now: new Date(demo.now.getTime() + dayMs), people: 400 }));
    expect(later.signals.map((signal) => signal.clientEventId).sort()).toEqual(story.signals.map((signal) => signal.clientEventId).sort());
  });

  it('should plan every community with a type mix adding up to 100 %', () => {
    expect(story.plans.map((plan) => plan.community)).toEqual(['fitness', 'tech', 'food']);
    for (const plan of story.plans) {
      expect(plan.typeMix.reduce((sum, share) => sum + share.percent, 0)).toBe(100);
      expect(plan.postsPerWeek.min).toBeLessThanOrEqual(plan.postsPerWeek.max);
    }
  });

  it('should leave items of every community in every workflow state, the brand-sensitive one in review waiting for its second round', () => {
    for (const community of ['fitness', 'tech', 'food']) {
      const items = story.items.filter((item) => item.community === community);
      expect(new Set(items.map((item) => item.state))).toEqual(new Set(contentStates));
      expect(items.find((item) => item.state === 'in_review')).toMatchObject({ riskTier: 'brand_sensitive', roundsApproved: 1 });
      expect(items.find((item) => item.state === 'scheduled')!.scheduledInDays).toBeGreaterThan(0);
      expect(items.some((item) => item.state === 'published' && item.riskTier === 'brand_sensitive')).toBe(true);
    }
    expect(new Set(story.items.map((item) => item.key)).size).toBe(story.items.length);
  });

  it('should write every variant within its platform\'s limits', () => {
    for (const item of story.items) {
      for (const variant of item.variants) expect({ item: item.key, problems: limitProblems({ ...variant, mediaAssetIds: ['cover'] }) }).toEqual({ item: item.key, problems: [] });
    }
  });

  it('should pass the demo\'s own watched words and risk rules with every text, so moderation lets it through', () => {
    const watched = parseWatchedWordsCsv(generateModeration(demo).csv).map(({ input }, index) => ({ entryId: `demo-${index}`, ...watchedWordDefinition(input) }));
    const list = compileWatchedList(watched, 1);
    const classifier = new RuleBasedRiskClassifier();
    expect(screen('兼职日结，刷单返现', list, classifier).verdict).toBe('blocked'); // the list is live
    const texts = [
      ...story.items.flatMap((item) => item.variants.map((variant) => [variant.text, variant.hashtags.join(' ')].join('\n'))),
      ...story.threads.flatMap((thread) => [`${thread.title}\n${thread.body}`, ...(thread.pollOptions ?? []), ...contributionsOf(thread.contributions).map((contribution) => contribution.body)]),
    ];
    expect(texts.length).toBeGreaterThan(100);
    const verdicts = texts.map((text) => ({ text, verdict: screen(text, list, classifier).verdict }));
    expect(verdicts.filter(({ verdict }) => verdict !== 'pass')).toEqual([]);
  });

  it('should give every community a question with one accepted answer by someone else, a promoted post, a voted poll and a seeded topic, by members of the community only', () => {
    const sentinel = sentinelJoin(demo).person.index;
    const sanctioned = new Set(generateModeration(demo).sanctions.map((sanction) => sanction.person));
    for (const community of ['fitness', 'tech', 'food'] as const) {
      const threads = story.threads.filter((thread) => thread.community === community);
      expect(threads.map((thread) => thread.kind).sort()).toEqual(['poll', 'post', 'question', 'topic']);
      const question = threads.find((thread) => thread.kind === 'question')!;
      const accepted = question.contributions.filter((contribution) => contribution.accepted);
      expect(accepted).toHaveLength(1);
      expect(accepted[0].author).not.toBe(question.author);
      expect(threads.find((thread) => thread.kind === 'topic')!.author).toBeUndefined();
      expect(threads.find((thread) => thread.kind === 'post')!.promoted).toBe(true);
      const poll = threads.find((thread) => thread.kind === 'poll')!;
      const voters = poll.votes!.map((vote) => vote.person);
      expect(voters.length).toBeGreaterThanOrEqual(5);
      expect(new Set(voters).size).toBe(voters.length);
      expect(poll.votes!.every((vote) => vote.option >= 0 && vote.option < poll.pollOptions!.length)).toBe(true);
      const people = [...threads.flatMap((thread) => [thread.author, ...contributionsOf(thread.contributions).map((contribution) => contribution.author)]), ...voters].filter((person) => person !== undefined);
      for (const person of people) {
        expect(person).not.toBe(sentinel);
        expect(sanctioned.has(person)).toBe(false);
        expect(demo.people[person].joins.map((join) => join.community)).toContain(community);
      }
    }
  });

  it('should record 60 days of engagement on what went out only, nothing after the story ends, each signal once', () => {
    const wentOut = new Set(story.items.filter((item) => item.state === 'published' || item.state === 'archived').map((item) => item.key));
    expect(new Set(story.signals.map((signal) => signal.item))).toEqual(wentOut);
    expect(new Set(story.signals.map((signal) => signal.clientEventId)).size).toBe(story.signals.length);
    const [first, last] = [story.signals[0].occurredAt.getTime(), story.signals.at(-1)!.occurredAt.getTime()];
    expect(last).toBeLessThanOrEqual(demo.now.getTime());
    expect(first).toBeGreaterThanOrEqual(demo.now.getTime() - demo.days * dayMs);
    expect(demo.now.getTime() - first).toBeGreaterThan((demo.days - 2) * dayMs);
  });

  it('should make the content KPIs non-trivial: reads, shares below reads, clicks below impressions, completions below starts on video only', () => {
    const count = (kind: string) => story.signals.filter((signal) => signal.kind === kind).length;
    expect(story.signals.length).toBeGreaterThan(10_000);
    expect(count('view')).toBeGreaterThan(1_000);
    expect(count('share')).toBeGreaterThan(0);
    expect(count('share')).toBeLessThan(count('view'));
    expect(count('click')).toBeLessThan(count('impression'));
    expect(count('video_play_completed')).toBeGreaterThan(0);
    expect(count('video_play_completed')).toBeLessThan(count('video_play_started'));
    const videoItems = new Set(story.items.filter((item) => item.format === 'short_video').map((item) => item.key));
    expect(story.signals.filter((signal) => signal.kind.startsWith('video_')).every((signal) => videoItems.has(signal.item))).toBe(true);
  });

  it('should name a reader only on views, with a dwell time, after they joined the community', () => {
    const withReader = story.signals.filter((signal) => signal.person !== undefined);
    expect(withReader.length).toBeGreaterThan(100);
    for (const signal of withReader) {
      expect(signal.kind).toBe('view');
      expect(signal.dwellMs).toBeGreaterThan(0);
      const join = demo.people[signal.person!].joins.find((candidate) => candidate.community === signal.community);
      expect(join!.joinedAt.getTime()).toBeLessThanOrEqual(signal.occurredAt.getTime());
    }
  });
});
