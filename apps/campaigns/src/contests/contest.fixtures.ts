import type { ContestTerms, CreateContest, JudgeContestEntry, SubmitContestEntry } from './contest.decider';
import { contestEventTypes, type ContestEvent, type ContestStanding } from './contest.events';

const of = { contestId: 'contest-1', campaignId: 'campaign-1' };

export const aContestTerms = (overrides: Partial<ContestTerms> = {}): ContestTerms => ({
  campaignId: 'campaign-1',
  title: '最美咖啡拉花大赛',
  judgeIds: ['judge-a', 'judge-b'],
  maxScore: 10,
  ...overrides,
});

export const createContest = (terms = aContestTerms()): CreateContest => ({ type: 'CreateContest', contestId: 'contest-1', terms, by: 'u-manager' });
export const submitEntry = (overrides: Partial<SubmitContestEntry> = {}): SubmitContestEntry => ({
  type: 'SubmitContestEntry',
  entryId: 'entry-1',
  memberId: 'member-1',
  title: '天鹅拉花',
  description: null,
  campaignStatus: 'running',
  by: 'u-operator',
  ...overrides,
});
export const judgeEntry = (overrides: Partial<JudgeContestEntry> = {}): JudgeContestEntry => ({
  type: 'JudgeContestEntry',
  entryId: 'entry-1',
  judgeId: 'judge-a',
  score: 8,
  by: 'u-manager',
  ...overrides,
});
export const publishResults = { type: 'PublishContestResults' as const, by: 'u-manager' };

export const contestCreated = (): ContestEvent => ({ type: contestEventTypes.created, data: { ...of, title: '最美咖啡拉花大赛', judgeIds: ['judge-a', 'judge-b'], maxScore: 10, createdBy: 'u-manager' } });
export const entrySubmitted = (entryId = 'entry-1', memberId = 'member-1', description: string | null = null): ContestEvent => ({
  type: contestEventTypes.entrySubmitted,
  data: { ...of, entryId, memberId, title: '天鹅拉花', description, submittedBy: 'u-operator' },
});
export const entryJudged = (entryId: string, judgeId: string, score: number): ContestEvent => ({
  type: contestEventTypes.entryJudged,
  data: { ...of, entryId, judgeId, score, judgedBy: 'u-manager' },
});
export const resultsPublished = (ranking: ContestStanding[]): ContestEvent => ({ type: contestEventTypes.resultsPublished, data: { ...of, ranking, publishedBy: 'u-manager' } });
