import { randomUUID } from 'node:crypto';
import { EventStore } from '@groundswell/event-store';
import { freshDatabase } from '@groundswell/test-kit';
import { createCampaignsDatabase } from '../testing/campaigns-database';
import { aCampaignManager as anOperator, aRunningCampaign as runningCampaign } from '../testing/running-campaign';
import { aQuizDefinition, aSurveyDefinition, choice, rightAnswers, surveyAnswers } from './quiz.fixtures';
import { quizProjections } from './quiz.projection';
import { QuizQueries } from './quiz.queries';
import { CreateQuizUseCase } from './use-cases/create-quiz.use-case';
import { SubmitQuizAnswersUseCase } from './use-cases/submit-quiz-answers.use-case';

describe('quizzes and surveys', () => {
  const database = freshDatabase('test', () => createCampaignsDatabase('quizzes'));
  let create: CreateQuizUseCase;
  let submit: SubmitQuizAnswersUseCase;
  let queries: QuizQueries;
  let tenant: string;

  const aRunningCampaign = () => runningCampaign(database, anOperator(tenant), 'quiz');

  beforeEach(() => {
    const store = new EventStore(database.pool, quizProjections);
    [create, submit, queries] = [new CreateQuizUseCase(store), new SubmitQuizAnswersUseCase(store), new QuizQueries(database.pool)];
    tenant = `tenant-${randomUUID().slice(0, 8)}`;
  });

  it('should score a quiz against its answer key and take each member\'s answers once, even sent at once', async () => {
    const quizId = await create.execute(anOperator(tenant), aQuizDefinition({ campaignId: await aRunningCampaign() }));
    const attempts = await Promise.allSettled(Array.from({ length: 5 }, () => submit.execute(anOperator(tenant), { quizId, memberId: 'member-1', answers: rightAnswers() })));
    await submit.execute(anOperator(tenant), { quizId, memberId: 'member-2', answers: [choice('q-1', 'q-1-o-2'), choice('q-2', 'q-2-o-1')] });

    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    expect(attempts.filter((attempt) => attempt.status === 'rejected').map((attempt) => (attempt as PromiseRejectedResult).reason.code)).toEqual(Array(4).fill('ANSWERS_ALREADY_SUBMITTED'));
    expect(await queries.submission(tenant, quizId, 'member-1')).toMatchObject({ score: 3, maxScore: 3 });
    expect(await queries.submission(tenant, quizId, 'member-2')).toMatchObject({ score: 0, maxScore: 3 });
    const quiz = (await queries.quiz(tenant, quizId))!;
    expect(quiz.submissions).toBe(2);
    expect(quiz.questions[0]!.options.map((option) => option.count)).toEqual([1, 1]);
  });

  it('should tally a survey\'s answers without scoring them', async () => {
    const surveyId = await create.execute(anOperator(tenant), { ...aSurveyDefinition(), campaignId: await aRunningCampaign() });
    const [favourite, rating, written] = surveyAnswers();
    await submit.execute(anOperator(tenant), { quizId: surveyId, memberId: 'member-1', answers: [favourite!, rating!, written!] });
    await submit.execute(anOperator(tenant), { quizId: surveyId, memberId: 'member-2', answers: [choice('q-1', 'q-1-o-1'), { ...rating!, rating: 5 }, written!] });
    await submit.execute(anOperator(tenant), { quizId: surveyId, memberId: 'member-3', answers: [favourite!, { ...rating!, rating: 5 }, written!] });

    const survey = (await queries.quiz(tenant, surveyId))!;
    expect(survey.questions[0]!.options.map(({ label, count }) => [label, count])).toEqual([['线下沙龙', 1], ['直播', 2]]);
    expect(survey.questions[1]).toMatchObject({ ratingCount: 3, averageRating: 4.67 });
    expect(await queries.submission(tenant, surveyId, 'member-1')).toMatchObject({ score: null, maxScore: null });
    await expect(submit.execute(anOperator(`tenant-${randomUUID().slice(0, 8)}`), { quizId: surveyId, memberId: 'member-9', answers: surveyAnswers() })).rejects.toMatchObject({ code: 'QUIZ_NOT_FOUND' });
  });
});
