import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import { quizDecider } from '../quiz.decider';
import { QuizError } from '../quiz.error';
import { quizStream, type QuizAnswer } from '../quiz.events';

@Injectable()
export class SubmitQuizAnswersUseCase {
  constructor(private readonly store: EventStore) {}

  async execute(identity: Identity, input: { quizId: string; memberId: string; answers: QuizAnswer[] }, idempotencyKey?: string): Promise<void> {
    const { rows } = await this.store.pool.query<{ status: string | null }>(
      'SELECT c.status FROM quizzes q LEFT JOIN campaigns c ON c.tenant_id = q.tenant_id AND c.campaign_id = q.campaign_id WHERE q.tenant_id = $1 AND q.quiz_id = $2',
      [identity.tenant, input.quizId],
    );
    if (!rows[0]) throw new QuizError('QUIZ_NOT_FOUND', 'No such quiz', { quizId: input.quizId });
    await this.store.handle({
      decider: quizDecider,
      stream: { tenantId: identity.tenant, ...quizStream(input.quizId) },
      command: { type: 'SubmitQuizAnswers', memberId: input.memberId, answers: input.answers, campaignStatus: rows[0].status ?? 'none', by: identity.sub },
      context: { idempotencyKey },
      // Members answer at once on one quiz stream; decided again on fresh state, a second submission is refused.
      retryOnConflict: true,
    });
  }
}
