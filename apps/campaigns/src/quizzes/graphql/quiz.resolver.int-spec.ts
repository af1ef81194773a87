import { randomUUID } from 'node:crypto';
import { QuizzesModule } from '../quizzes.module';
import { campaignsGraphql, errorCode } from '../../testing/campaigns-graphql';
import { aCampaignManager } from '../../testing/running-campaign';

const createQuiz = `mutation($input: CreateQuizInput!, $key: String) { createQuiz(input: $input, idempotencyKey: $key) { quiz { id mode questions { questionId options { optionId } correctOptionIds points } } } }`;
const submitAnswers = `mutation($input: SubmitQuizAnswersInput!) { submitQuizAnswers(input: $input) { submission { memberId score maxScore } } }`;
const quizResults = `query($id: ID!) { quiz(id: $id) { submissions questions { questionId options { label count } ratingCount averageRating } } }`;
const submissions = `query($id: ID!) { quizSubmissions(quizId: $id, first: 10) { totalCount edges { node { memberId score answers { questionId optionIds rating text } } } } }`;


describe('quizzes GraphQL', () => {
  const tenant = `tenant-${randomUUID().slice(0, 8)}`;
  const manager = aCampaignManager(tenant);
  const reader = { sub: 'u-community', tenant, roles: ['community_manager'] };

  const { execute, data, aRunningCampaign: aRunning } = campaignsGraphql('quiz_graphql', [QuizzesModule], manager);
  const aRunningCampaign = () => aRunning('survey');

  it('should score a quiz, tally a survey, and refuse a second submission and a survey with an answer key', async () => {
    const campaignId = await aRunningCampaign();
    const quizInput = {
      campaignId,
      mode: 'quiz',
      title: '咖啡问答',
      questions: [{ prompt: '意式浓缩的萃取时间？', kind: 'single_choice', options: [{ label: '25–30 秒', correct: true }, { label: '5 分钟' }], points: 5 }],
    };
    const quiz = (await data(createQuiz, { input: quizInput, key: randomUUID() })).createQuiz.quiz;
    expect(quiz.questions).toEqual([{ questionId: 'q-1', options: [{ optionId: 'q-1-o-1' }, { optionId: 'q-1-o-2' }], correctOptionIds: ['q-1-o-1'], points: 5 }]);
    const answer = { quizId: quiz.id, memberId: 'member-1', answers: [{ questionId: 'q-1', optionIds: ['q-1-o-1'] }] };
    expect((await data(submitAnswers, { input: answer })).submitQuizAnswers.submission).toEqual({ memberId: 'member-1', score: 5, maxScore: 5 });
    expect(errorCode(await execute(submitAnswers, { input: answer }))).toBe('CONFLICT');

    const surveyInput = { campaignId, mode: 'survey', title: '满意度', questions: [{ prompt: '满意度', kind: 'rating' }, { prompt: '建议', kind: 'text' }] };
    const survey = (await data(createQuiz, { input: surveyInput })).createQuiz.quiz;
    for (const [memberId, rating] of [['member-1', 4], ['member-2', 5]] as const) {
      await data(submitAnswers, { input: { quizId: survey.id, memberId, answers: [{ questionId: 'q-1', rating }, { questionId: 'q-2', text: '多办活动' }] } });
    }
    expect((await data(quizResults, { id: survey.id }, reader)).quiz).toEqual({
      submissions: 2,
      questions: [{ questionId: 'q-1', options: [], ratingCount: 2, averageRating: 4.5 }, { questionId: 'q-2', options: [], ratingCount: 0, averageRating: null }],
    });
    const page = (await data(submissions, { id: survey.id }, reader)).quizSubmissions;
    expect(page.totalCount).toBe(2);
    expect(page.edges[0].node).toMatchObject({ score: null, answers: [{ questionId: 'q-1', optionIds: [], rating: expect.any(Number), text: null }, { questionId: 'q-2', optionIds: [], rating: null, text: '多办活动' }] });

    const keyed = { ...surveyInput, questions: [{ prompt: '哪个好？', kind: 'single_choice', options: [{ label: 'A', correct: true }, { label: 'B' }] }] };
    expect(errorCode(await execute(createQuiz, { input: keyed }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await execute(createQuiz, { input: quizInput }, reader))).toBe('FORBIDDEN');
  });
});
