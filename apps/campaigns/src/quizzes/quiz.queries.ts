import { Inject, Injectable } from '@nestjs/common';
import { keysetPage, PG_POOL, type Connection, type PageRequest } from '@groundswell/service-kit';
import type { Pool } from 'pg';
import type { QuizAnswer, QuizMode, QuizQuestion } from './quiz.events';

export interface QuestionResult extends QuizQuestion {
  options: { optionId: string; label: string; count: number }[];
  ratingCount: number;
  averageRating: number | null;
}

export interface QuizRecord {
  id: string;
  campaignId: string;
  mode: QuizMode;
  title: string;
  questions: QuestionResult[];
  submissions: number;
  createdAt: Date;
  createdBy: string;
}

export interface QuizSubmissionRecord {
  id: string;
  quizId: string;
  memberId: string;
  answers: QuizAnswer[];
  score: number | null;
  maxScore: number | null;
  createdAt: Date;
}

type QuizRow = Omit<QuizRecord, 'questions'> & { questions: QuizQuestion[] };

const quizColumns = `quiz_id AS id, campaign_id AS "campaignId", mode, title, questions, submissions, created_at AS "createdAt", created_by AS "createdBy"`;
const submissionColumns = `quiz_id || ':' || member_id AS id, quiz_id AS "quizId", member_id AS "memberId", answers, score, max_score AS "maxScore", created_at AS "createdAt"`;

@Injectable()
export class QuizQueries {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** A quiz with each option's picks and each rating question's mean: a survey's tally, a quiz's answer spread. */
  async quiz(tenantId: string, quizId: string): Promise<QuizRecord | null> {
    const { rows } = await this.pool.query<QuizRow>(`SELECT ${quizColumns} FROM quizzes WHERE tenant_id = $1 AND quiz_id = $2`, [tenantId, quizId]);
    return rows[0] ? this.withResults(tenantId, rows[0]) : null;
  }

  async submission(tenantId: string, quizId: string, memberId: string): Promise<QuizSubmissionRecord | null> {
    const { rows } = await this.pool.query<QuizSubmissionRecord>(`SELECT ${submissionColumns} FROM quiz_submissions WHERE tenant_id = $1 AND quiz_id = $2 AND member_id = $3`, [
      tenantId,
      quizId,
      memberId.trim(),
    ]);
    return rows[0] ?? null;
  }

  /** A campaign's quizzes and surveys (or the tenant's), newest first. */
  async quizzes(tenantId: string, campaignId: string | null, page: PageRequest): Promise<Connection<QuizRecord>> {
    const where = 'tenant_id = $1 AND ($2::text IS NULL OR campaign_id = $2)';
    const connection = await keysetPage<QuizRow>(this.pool, { from: 'quizzes', columns: quizColumns, where, values: [tenantId, campaignId], time: 'created_at', key: 'quiz_id' }, page);
    const edges = await Promise.all(connection.edges.map(async (edge) => ({ ...edge, node: await this.withResults(tenantId, edge.node) })));
    return { ...connection, edges };
  }

  /** A quiz's submissions, newest first. */
  submissions(tenantId: string, quizId: string, page: PageRequest): Promise<Connection<QuizSubmissionRecord>> {
    return keysetPage(this.pool, { from: 'quiz_submissions', columns: submissionColumns, where: 'tenant_id = $1 AND quiz_id = $2', values: [tenantId, quizId], time: 'created_at', key: 'member_id' }, page);
  }

  private async withResults(tenantId: string, quiz: QuizRow): Promise<QuizRecord> {
    const { rows } = await this.pool.query<{ questionId: string; answer: string; count: number }>(
      'SELECT question_id AS "questionId", answer, count FROM quiz_answer_tallies WHERE tenant_id = $1 AND quiz_id = $2',
      [tenantId, quiz.id],
    );
    const counts = new Map(rows.map((row) => [`${row.questionId}\n${row.answer}`, row.count]));
    const count = (questionId: string, answer: string) => counts.get(`${questionId}\n${answer}`) ?? 0;
    const questions = quiz.questions.map((question) => {
      const ratings = [1, 2, 3, 4, 5].map((rating) => ({ rating, count: count(question.questionId, String(rating)) }));
      const ratingCount = ratings.reduce((sum, { count: n }) => sum + n, 0);
      const ratingSum = ratings.reduce((sum, { rating, count: n }) => sum + rating * n, 0);
      return {
        ...question,
        options: question.options.map((option) => ({ ...option, count: count(question.questionId, option.optionId) })),
        ratingCount,
        averageRating: question.kind === 'rating' && ratingCount > 0 ? Math.round((ratingSum / ratingCount) * 100) / 100 : null,
      };
    });
    return { ...quiz, questions };
  }
}
