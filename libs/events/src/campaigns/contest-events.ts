import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// The campaigns service's contest events on gs.campaigns.contest, one stream per contest: entries,
// each judge's score (never of their own entry), and the published ranking.
const id = z.string().min(1).max(100);
const subject = z.string().min(1).max(200).describe('Subject of who acted');
const contest = { contestId: id.describe('The contest'), campaignId: id.describe('Its campaign') };

const contestEvent = (name: string, description: string, shape: z.ZodRawShape) =>
  defineEvent({ service: 'campaigns', name, version: 1, description, schema: z.object({ ...contest, ...shape }) });

export const ContestCreatedV1 = contestEvent('ContestCreated', 'A contest of a campaign with its judges and top score.', {
  title: z.string().min(1).max(100),
  judgeIds: z.array(id).min(1).describe('Member ids of the judges'),
  maxScore: z.number().int().positive(),
  createdBy: subject,
});

export const ContestEntrySubmittedV1 = contestEvent('ContestEntrySubmitted', 'A member entered the contest (once per member).', {
  entryId: id,
  memberId: id,
  title: z.string().min(1).max(100),
  description: z.string().min(1).max(2000).nullable(),
  submittedBy: subject,
});

export const ContestEntryJudgedV1 = contestEvent('ContestEntryJudged', 'A judge scored an entry that is not their own.', {
  entryId: id,
  judgeId: id.describe('The judge\'s member id'),
  score: z.number().int().nonnegative(),
  judgedBy: subject,
});

export const ContestResultsPublishedV1 = contestEvent('ContestResultsPublished', 'The entries ranked by their judges\' mean score; the contest is closed.', {
  ranking: z.array(
    z.object({
      rank: z.number().int().positive().describe('Equal means share a rank'),
      entryId: id,
      memberId: id,
      averageScore: z.number().nonnegative(),
      judgeCount: z.number().int().positive(),
    }),
  ),
  publishedBy: subject,
});

export const contestEvents = [ContestCreatedV1, ContestEntrySubmittedV1, ContestEntryJudgedV1, ContestResultsPublishedV1] as const;
