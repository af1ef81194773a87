import { z } from 'zod';
import { defineEvent } from '../contracts/define-event';

// The campaigns service's quiz and survey events on gs.campaigns.quiz, one stream per quiz: a quiz
// is scored against its answer key, a survey's answers are tallied and never scored.
const id = z.string().min(1).max(100);
const subject = z.string().min(1).max(200).describe('Subject of who acted');
const quiz = { quizId: id.describe('The quiz or survey'), campaignId: id.describe('Its campaign') };

export const QuizCreatedV1 = defineEvent({
  service: 'campaigns',
  name: 'QuizCreated',
  version: 1,
  description: 'A quiz (with its answer key) or a survey of a campaign, with its questions.',
  schema: z.object({
    ...quiz,
    mode: z.enum(['quiz', 'survey']),
    title: z.string().min(1).max(100),
    questions: z
      .array(
        z.object({
          questionId: id,
          prompt: z.string().min(1).max(500),
          kind: z.enum(['single_choice', 'multiple_choice', 'rating', 'text']),
          options: z.array(z.object({ optionId: id, label: z.string().min(1).max(200) })),
          correctOptionIds: z.array(id).describe('The answer key; empty in a survey'),
          points: z.number().int().nonnegative().describe('What a right answer scores; 0 in a survey'),
        }),
      )
      .min(1),
    createdBy: subject,
  }),
});

export const QuizAnswersSubmittedV1 = defineEvent({
  service: 'campaigns',
  name: 'QuizAnswersSubmitted',
  version: 1,
  description: 'A member\'s answers to every question (once per member), scored for a quiz.',
  schema: z.object({
    ...quiz,
    memberId: id,
    answers: z.array(
      z.object({
        questionId: id,
        optionIds: z.array(id),
        rating: z.number().int().min(1).max(5).nullable(),
        text: z.string().min(1).max(2000).nullable(),
      }),
    ),
    score: z.number().int().nonnegative().nullable().describe('Points scored; null for a survey'),
    maxScore: z.number().int().nonnegative().nullable(),
    submittedBy: subject,
  }),
});

export const quizEvents = [QuizCreatedV1, QuizAnswersSubmittedV1] as const;
