import type { Decider } from '@groundswell/event-store';
import { rankEntries } from './contest-ranking';
import { ContestError } from './contest.error';
import { contestEventTypes, type ContestEvent } from './contest.events';

export interface ContestTerms {
  campaignId: string;
  title: string;
  /** Member ids of the judges. */
  judgeIds: string[];
  maxScore: number;
}

export interface CreateContest {
  type: 'CreateContest';
  contestId: string;
  terms: ContestTerms;
  by: string;
}
export interface SubmitContestEntry {
  type: 'SubmitContestEntry';
  entryId: string;
  memberId: string;
  title: string;
  description: string | null;
  campaignStatus: string;
  by: string;
}
export interface JudgeContestEntry {
  type: 'JudgeContestEntry';
  entryId: string;
  judgeId: string;
  score: number;
  by: string;
}
export interface PublishContestResults {
  type: 'PublishContestResults';
  by: string;
}
export type ContestCommand = CreateContest | SubmitContestEntry | JudgeContestEntry | PublishContestResults;

interface Entry {
  memberId: string;
  /** Score by judge id. */
  scores: ReadonlyMap<string, number>;
}
interface Contest {
  contestId: string;
  campaignId: string;
  judgeIds: readonly string[];
  maxScore: number;
  entries: ReadonlyMap<string, Entry>;
}
type OpenContest = { status: 'open' } & Contest;
export type ContestState = { status: 'none' } | OpenContest | ({ status: 'published' } & Contest);

export const contestLimits = { title: 100, description: 2000, judges: 20, maxScore: 100, memberId: 64 } as const;

const memberIdOf = (raw: string): string => {
  const memberId = raw.trim();
  if (!memberId || memberId.length > contestLimits.memberId) throw new ContestError('MEMBER_ID_INVALID', `A member id is 1–${contestLimits.memberId} characters`);
  return memberId;
};

function create(command: CreateContest, state: ContestState): ContestEvent[] {
  if (state.status !== 'none') throw new ContestError('CONTEST_EXISTS', 'This contest exists already', { contestId: command.contestId });
  const { terms } = command;
  const title = terms.title.trim();
  if (!title || title.length > contestLimits.title) throw new ContestError('CONTEST_INVALID', `The title is 1–${contestLimits.title} characters`);
  const judgeIds = [...new Set(terms.judgeIds.map(memberIdOf))];
  if (judgeIds.length < 1 || judgeIds.length > contestLimits.judges) throw new ContestError('CONTEST_INVALID', `A contest has 1–${contestLimits.judges} judges`);
  if (!Number.isInteger(terms.maxScore) || terms.maxScore < 1 || terms.maxScore > contestLimits.maxScore) throw new ContestError('CONTEST_INVALID', `The top score is 1–${contestLimits.maxScore}`);
  return [{ type: contestEventTypes.created, data: { contestId: command.contestId, campaignId: terms.campaignId, title, judgeIds, maxScore: terms.maxScore, createdBy: command.by } }];
}

function open(state: ContestState): OpenContest {
  if (state.status === 'none') throw new ContestError('CONTEST_NOT_FOUND', 'No such contest');
  if (state.status === 'published') throw new ContestError('CONTEST_CLOSED', 'The contest\'s results are published');
  return state;
}

function submit(command: SubmitContestEntry, state: ContestState): ContestEvent[] {
  const contest = open(state);
  const memberId = memberIdOf(command.memberId);
  if ([...contest.entries.values()].some((entry) => entry.memberId === memberId)) throw new ContestError('MEMBER_ALREADY_ENTERED', 'A member enters a contest once', { memberId });
  if (command.campaignStatus !== 'running') throw new ContestError('CAMPAIGN_NOT_RUNNING', 'Members enter while the campaign runs', { status: command.campaignStatus });
  const title = command.title.trim();
  const description = command.description?.trim() || null;
  if (!title || title.length > contestLimits.title) throw new ContestError('ENTRY_INVALID', `An entry's title is 1–${contestLimits.title} characters`);
  if (description && description.length > contestLimits.description) throw new ContestError('ENTRY_INVALID', `A description is at most ${contestLimits.description} characters`);
  const { contestId, campaignId } = contest;
  return [{ type: contestEventTypes.entrySubmitted, data: { contestId, campaignId, entryId: command.entryId, memberId, title, description, submittedBy: command.by } }];
}

function judge(command: JudgeContestEntry, state: ContestState): ContestEvent[] {
  const contest = open(state);
  const entry = contest.entries.get(command.entryId);
  if (!entry) throw new ContestError('ENTRY_NOT_FOUND', 'No such entry in this contest', { entryId: command.entryId });
  const judgeId = command.judgeId.trim();
  if (!contest.judgeIds.includes(judgeId)) throw new ContestError('JUDGE_NOT_ASSIGNED', 'Only the contest\'s judges score its entries', { judgeId });
  if (entry.memberId === judgeId) throw new ContestError('OWN_ENTRY', 'A judge may not judge their own entry', { entryId: command.entryId });
  if (!Number.isInteger(command.score) || command.score < 0 || command.score > contest.maxScore) throw new ContestError('SCORE_INVALID', `A score is a whole number of 0–${contest.maxScore}`);
  const given = entry.scores.get(judgeId);
  // The same score again is a retry; a different one would rewrite a judgement.
  if (given === command.score) return [];
  if (given !== undefined) throw new ContestError('ENTRY_ALREADY_JUDGED', 'This judge has scored this entry already', { score: given });
  const { contestId, campaignId } = contest;
  return [{ type: contestEventTypes.entryJudged, data: { contestId, campaignId, entryId: command.entryId, judgeId, score: command.score, judgedBy: command.by } }];
}

function publish(command: PublishContestResults, state: ContestState): ContestEvent[] {
  const contest = open(state);
  const entries = [...contest.entries].map(([entryId, entry]) => ({ entryId, memberId: entry.memberId, scores: [...entry.scores.values()] }));
  const unjudged = entries.filter((entry) => entry.scores.length === 0).map((entry) => entry.entryId);
  if (unjudged.length > 0) throw new ContestError('ENTRIES_NOT_JUDGED', 'Every entry needs a judge\'s score first', { entryIds: unjudged });
  return [{ type: contestEventTypes.resultsPublished, data: { contestId: contest.contestId, campaignId: contest.campaignId, ranking: rankEntries(entries), publishedBy: command.by } }];
}

function evolve(state: ContestState, event: ContestEvent): ContestState {
  if (event.type === contestEventTypes.created) {
    const { contestId, campaignId, judgeIds, maxScore } = event.data;
    return { status: 'open', contestId, campaignId, judgeIds, maxScore, entries: new Map() };
  }
  if (state.status === 'none') return state;
  if (event.type === contestEventTypes.entrySubmitted) {
    return { ...state, entries: new Map(state.entries).set(event.data.entryId, { memberId: event.data.memberId, scores: new Map() }) };
  }
  if (event.type === contestEventTypes.entryJudged) {
    const entry = state.entries.get(event.data.entryId)!;
    const scored = { ...entry, scores: new Map(entry.scores).set(event.data.judgeId, event.data.score) };
    return { ...state, entries: new Map(state.entries).set(event.data.entryId, scored) };
  }
  return { ...state, status: 'published' };
}

export const contestDecider: Decider<ContestCommand, ContestEvent, ContestState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => {
    switch (command.type) {
      case 'CreateContest':
        return create(command, state);
      case 'SubmitContestEntry':
        return submit(command, state);
      case 'JudgeContestEntry':
        return judge(command, state);
      case 'PublishContestResults':
        return publish(command, state);
    }
  },
  evolve,
};
