export interface ContestStanding {
  rank: number;
  entryId: string;
  memberId: string;
  /** Mean of the judges' scores, 2 decimals. */
  averageScore: number;
  judgeCount: number;
}

export const contestEventTypes = {
  created: 'groundswell.campaigns.ContestCreated.v1',
  entrySubmitted: 'groundswell.campaigns.ContestEntrySubmitted.v1',
  entryJudged: 'groundswell.campaigns.ContestEntryJudged.v1',
  resultsPublished: 'groundswell.campaigns.ContestResultsPublished.v1',
} as const;

type Of = { contestId: string; campaignId: string };
export type ContestCreated = { type: typeof contestEventTypes.created; data: Of & { title: string; judgeIds: string[]; maxScore: number; createdBy: string } };
export type ContestEntrySubmitted = {
  type: typeof contestEventTypes.entrySubmitted;
  data: Of & { entryId: string; memberId: string; title: string; description: string | null; submittedBy: string };
};
export type ContestEntryJudged = { type: typeof contestEventTypes.entryJudged; data: Of & { entryId: string; judgeId: string; score: number; judgedBy: string } };
export type ContestResultsPublished = { type: typeof contestEventTypes.resultsPublished; data: Of & { ranking: ContestStanding[]; publishedBy: string } };
export type ContestEvent = ContestCreated | ContestEntrySubmitted | ContestEntryJudged | ContestResultsPublished;

export const contestStreamType = 'contest';
export const contestStream = (contestId: string) => ({ streamId: `${contestStreamType}-${contestId}`, streamType: contestStreamType });
