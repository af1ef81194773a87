import { defineProjection, type ProjectionRegistrations } from '@groundswell/event-store';
import { quizEventTypes, quizStreamType, type QuizEvent } from './quiz.events';

/** `quizzes`, `quiz_submissions` and `quiz_answer_tallies`: each quiz, each member's answers, and the counts. */
export const quizzesProjection = defineProjection<QuizEvent>('quizzes', {
  [quizEventTypes.created]: (client, { tenantId, occurredAt, data }) =>
    client.query(
      `INSERT INTO quizzes (tenant_id, quiz_id, campaign_id, mode, title, questions, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [tenantId, data.quizId, data.campaignId, data.mode, data.title, JSON.stringify(data.questions), occurredAt, data.createdBy],
    ),
  [quizEventTypes.answersSubmitted]: async (client, { tenantId, occurredAt, data }) => {
    await client.query(
      'INSERT INTO quiz_submissions (tenant_id, quiz_id, member_id, answers, score, max_score, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [tenantId, data.quizId, data.memberId, JSON.stringify(data.answers), data.score, data.maxScore, occurredAt],
    );
    await client.query('UPDATE quizzes SET submissions = submissions + 1 WHERE tenant_id = $1 AND quiz_id = $2', [tenantId, data.quizId]);
    const picks = data.answers.flatMap((answer) => [...answer.optionIds, ...(answer.rating === null ? [] : [String(answer.rating)])].map((pick) => [answer.questionId, pick]));
    if (picks.length === 0) return;
    await client.query(
      `INSERT INTO quiz_answer_tallies (tenant_id, quiz_id, question_id, answer, count)
       SELECT $1, $2, pick[1], pick[2], 1 FROM jsonb_array_elements($3::jsonb) AS element, LATERAL (SELECT ARRAY[element->>0, element->>1] AS pick) AS picked
       ON CONFLICT (tenant_id, quiz_id, question_id, answer) DO UPDATE SET count = quiz_answer_tallies.count + 1`,
      [tenantId, data.quizId, JSON.stringify(picks)],
    );
  },
});

/** Applied by the event store on every append to a quiz stream. */
export const quizProjections: ProjectionRegistrations = { [quizStreamType]: [quizzesProjection] };
