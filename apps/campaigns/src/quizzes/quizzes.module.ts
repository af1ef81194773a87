import { Module } from '@nestjs/common';
import { eventStoreProvider } from '@groundswell/event-store';
import { QuizResolver } from './graphql/quiz.resolver';
import { quizProjections } from './quiz.projection';
import { QuizQueries } from './quiz.queries';
import { CreateQuizUseCase } from './use-cases/create-quiz.use-case';
import { SubmitQuizAnswersUseCase } from './use-cases/submit-quiz-answers.use-case';

@Module({
  providers: [eventStoreProvider(quizProjections), QuizQueries, QuizResolver, CreateQuizUseCase, SubmitQuizAnswersUseCase],
})
export class QuizzesModule {}
