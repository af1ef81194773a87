import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentIdentity, IdempotencyKeyArg, type Identity, PageArgs, RequirePermissions, requireWritten } from '@groundswell/service-kit';
import { QuizQueries } from '../quiz.queries';
import { CreateQuizUseCase } from '../use-cases/create-quiz.use-case';
import { SubmitQuizAnswersUseCase } from '../use-cases/submit-quiz-answers.use-case';
import { CreateQuizInput, Quiz, QuizConnection, QuizPayload, QuizSubmissionConnection, QuizSubmissionPayload, SubmitQuizAnswersInput } from './quiz.types';

@Resolver(() => Quiz)
export class QuizResolver {
  constructor(
    private readonly queries: QuizQueries,
    private readonly createQuizUseCase: CreateQuizUseCase,
    private readonly submitQuizAnswersUseCase: SubmitQuizAnswersUseCase,
  ) {}

  @Query(() => QuizConnection, { description: 'Quizzes and surveys, newest first, of one campaign or all' })
  @RequirePermissions('campaigns:read-definitions')
  quizzes(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string | null) {
    return this.queries.quizzes(identity.tenant, campaignId ?? null, page);
  }

  @Query(() => Quiz, { nullable: true, description: 'A quiz or survey with its tallies' })
  @RequirePermissions('campaigns:read-definitions')
  quiz(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string) {
    return this.queries.quiz(identity.tenant, id);
  }

  @Query(() => QuizSubmissionConnection, { description: 'A quiz\'s submissions with their scores, newest first' })
  @RequirePermissions('campaigns:read')
  quizSubmissions(@CurrentIdentity() identity: Identity, @Args() page: PageArgs, @Args('quizId', { type: () => ID }) quizId: string) {
    return this.queries.submissions(identity.tenant, quizId, page);
  }

  @Mutation(() => QuizPayload, { description: 'Creates a quiz (with an answer key) or a survey for a campaign' })
  @RequirePermissions('campaigns:manage')
  async createQuiz(@CurrentIdentity() identity: Identity, @Args('input') input: CreateQuizInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<QuizPayload> {
    const questions = input.questions.map(({ prompt, kind, options, points }) => ({ prompt, kind, options: options.map(({ label, correct }) => ({ label, correct })), points: points ?? null }));
    const quizId = await this.createQuizUseCase.execute(identity, { campaignId: input.campaignId, mode: input.mode, title: input.title, questions }, idempotencyKey);
    const quiz = await requireWritten(this.queries.quiz(identity.tenant, quizId), 'quiz');
    return { quiz };
  }

  @Mutation(() => QuizSubmissionPayload, { description: 'Records a member\'s answers, once; a quiz scores them, a survey tallies them' })
  @RequirePermissions('campaigns:manage')
  async submitQuizAnswers(@CurrentIdentity() identity: Identity, @Args('input') input: SubmitQuizAnswersInput, @IdempotencyKeyArg() idempotencyKey?: string): Promise<QuizSubmissionPayload> {
    const answers = input.answers.map(({ questionId, optionIds, rating, text }) => ({ questionId, optionIds: optionIds ?? [], rating: rating ?? null, text: text ?? null }));
    await this.submitQuizAnswersUseCase.execute(identity, { quizId: input.quizId, memberId: input.memberId, answers }, idempotencyKey);
    const submission = await requireWritten(this.queries.submission(identity.tenant, input.quizId, input.memberId), 'quiz submission');
    return { submission };
  }
}
