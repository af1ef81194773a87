import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EventStore } from '@groundswell/event-store';
import type { Identity } from '@groundswell/service-kit';
import type { QuizDefinition } from '../quiz-definition.rules';
import { quizDecider } from '../quiz.decider';
import { QuizError } from '../quiz.error';
import { quizStream } from '../quiz.events';

@Injectable()
export class CreateQuizUseCase {
  constructor(private readonly store: EventStore) {}

  /** The new quiz's (or survey's) id; a retry with the same idempotency key gets the first one's. */
  execute(identity: Identity, definition: QuizDefinition, idempotencyKey?: string): Promise<string> {
    const quizId = randomUUID();
    return this.store.transaction(async (client) => {
      const { rows } = await client.query<{ status: string }>('SELECT status FROM campaigns WHERE tenant_id = $1 AND campaign_id = $2', [identity.tenant, definition.campaignId]);
      if (!rows[0]) throw new QuizError('CAMPAIGN_NOT_FOUND', 'No such campaign', { campaignId: definition.campaignId });
      if (rows[0].status === 'ended' || rows[0].status === 'reviewed') throw new QuizError('CAMPAIGN_NOT_RUNNING', 'The campaign is over', { status: rows[0].status });
      const { result } = await this.store.handleIn(client, {
        decider: quizDecider,
        stream: { tenantId: identity.tenant, ...quizStream(quizId) },
        command: { type: 'CreateQuiz', quizId, definition, by: identity.sub },
        context: { idempotencyKey },
        result: () => ({ quizId }),
      });
      return result.quizId;
    });
  }
}
