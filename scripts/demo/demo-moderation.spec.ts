import { defaultCrisisThresholds } from '../../apps/moderation/src/crisis/monitoring/crisis-thresholds';
import { scoreSentiment } from '../../apps/moderation/src/crisis/sentiment/score-sentiment';
import { watchedWordDefinition } from '../../apps/moderation/src/watched-words/watched-word';
import { parseWatchedWordsCsv } from '../../apps/moderation/src/watched-words/watched-words.csv';
import { generateDemo, sentinelJoin, type DemoData } from './demo-data.ts';
import { generateModeration, type DemoModeration } from './demo-moderation.ts';

let demo: DemoData;
let story: DemoModeration;

beforeAll(() => {
  demo = generateDemo({ seed: 7, now: new Date('2026-03-18T04:30:00Z'), people: 400 });
  story = generateModeration(demo);
});

describe(generateModeration.name, () => {
  it('should give the same story for the same seed', () => {
    expect(generateModeration(demo)).toEqual(story);
  });

  it('should write a watched-word list the moderation service’s CSV import accepts in full, every action and category used', () => {
    const rows = parseWatchedWordsCsv(story.csv);

    const definitions = rows.map(({ input }) => watchedWordDefinition(input));
    expect(definitions.length).toBeGreaterThanOrEqual(25);
    expect(new Set(definitions.map((definition) => definition.action.type))).toEqual(
      new Set(['block', 'censor', 'require_approval', 'flag', 'replace', 'tag', 'silence']),
    );
    expect(new Set(definitions.map((definition) => definition.category))).toEqual(new Set(['ads', 'abuse', 'fraud', 'custom']));
  });

  it('should leave cases in every state, one of them reported twice', () => {
    expect(new Set(story.reports.map((report) => report.outcome))).toEqual(new Set(['approve', 'reject', 'escalate', 'claim', 'wait']));
    const messages = story.reports.map((report) => report.messageId);
    expect(messages.length - new Set(messages).size).toBe(1);
  });

  it('should name only members of the community, never the sentinel (it joins after the story)', () => {
    const sentinel = sentinelJoin(demo).person.index;
    const named = [
      ...story.reports.flatMap((report) => [report.author, report.reporter].map((person) => ({ person, community: report.community }))),
      ...story.sanctions.map((sanction) => ({ person: sanction.person, community: sanction.community })),
    ];
    for (const { person, community } of named) {
      expect(person).not.toBe(sentinel);
      expect(demo.people[person]!.joins.map((join) => join.community)).toContain(community);
    }
    const reports = new Set(story.reports.map((report) => report.key));
    expect(story.sanctions.filter((sanction) => sanction.report).every((sanction) => reports.has(sanction.report!))).toBe(true);
    expect(story.sanctions.filter((sanction) => sanction.appeal)).toHaveLength(1);
  });

  it('should feed the crisis monitor enough messages within its window, negative beyond the default threshold', () => {
    const { messages } = story.crisis;
    const inWindow = messages.filter((message) => message.minutesAgo >= 0 && message.minutesAgo < defaultCrisisThresholds.windowMinutes);
    const negative = inWindow.filter((message) => scoreSentiment(message.text).polarity === 'negative');

    expect(inWindow.length).toBeGreaterThanOrEqual(defaultCrisisThresholds.minimumMessages);
    expect(negative.length / inWindow.length).toBeGreaterThan(defaultCrisisThresholds.negativeShare);
  });
});
