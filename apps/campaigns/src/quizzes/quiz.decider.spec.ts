import { deciderSpec } from '@groundswell/event-store/testing';
import { quizDecider } from './quiz.decider';
import { QuizError } from './quiz.error';
import { aQuizDefinition, answersSubmitted, aSurveyDefinition, choice, createQuiz, quizCreated, rightAnswers, submitAnswers, surveyAnswers } from './quiz.fixtures';

describe('quizDecider', () => {
  const spec = deciderSpec(quizDecider);
  const sorted = (answers = rightAnswers()) => answers.map((answer) => ({ ...answer, optionIds: [...answer.optionIds].sort() }));

  describe('CreateQuiz', () => {
    it('should create a quiz with its answer key and ids for questions and options', () => {
      spec.given([]).when(createQuiz()).then([quizCreated('quiz')]);
    });

    it('should create a survey without an answer key or points', () => {
      spec.given([]).when(createQuiz(aSurveyDefinition())).then([quizCreated('survey')]);
    });

    it('should refuse to create a quiz twice', () => {
      spec.given([quizCreated()]).when(createQuiz()).thenThrows(QuizError, 'QUIZ_EXISTS');
    });

    const [single, multiple] = [aQuizDefinition().questions[0]!, aQuizDefinition().questions[1]!];
    it.each([
      ['no questions', aQuizDefinition({ questions: [] })],
      ['an empty title', aQuizDefinition({ title: ' ' })],
      ['a single choice with two right options', aQuizDefinition({ questions: [{ ...single, options: single.options.map((option) => ({ ...option, correct: true })) }] })],
      ['a choice without a right option', aQuizDefinition({ questions: [{ ...multiple, options: multiple.options.map((option) => ({ ...option, correct: false })) }] })],
      ['a choice with one option', aQuizDefinition({ questions: [{ ...single, options: [{ label: '唯一', correct: true }] }] })],
      ['a written question, which cannot be scored', aQuizDefinition({ questions: [{ prompt: '谈谈你的看法', kind: 'text', options: [] }] })],
      ['a question worth 0 points', aQuizDefinition({ questions: [{ ...single, points: 0 }] })],
      ['a survey with an answer key', aQuizDefinition({ mode: 'survey' })],
      ['a rating question with options', aQuizDefinition({ mode: 'survey', questions: [{ prompt: '满意度', kind: 'rating', options: [{ label: '好', correct: false }, { label: '差', correct: false }] }] })],
    ])('should refuse %s', (_case, definition) => {
      spec.given([]).when(createQuiz(definition)).thenThrows(QuizError, 'QUIZ_INVALID');
    });
  });

  describe('SubmitQuizAnswers', () => {
    it('should score a quiz against its answer key', () => {
      spec.given([quizCreated()]).when(submitAnswers()).then([answersSubmitted(sorted(), 3, 3)]);
    });

    it('should give nothing for a partly right multiple choice', () => {
      const answers = [choice('q-1', 'q-1-o-1'), choice('q-2', 'q-2-o-1')];
      spec.given([quizCreated()]).when(submitAnswers({ answers })).then([answersSubmitted(answers, 2, 3)]);
    });

    it('should record a survey\'s answers without a score', () => {
      const recorded = surveyAnswers().map((answer) => (answer.text ? { ...answer, text: answer.text.trim() } : answer));
      spec.given([quizCreated('survey')]).when(submitAnswers({ answers: surveyAnswers() })).then([answersSubmitted(recorded, null, null)]);
    });

    it('should refuse a member\'s second submission', () => {
      spec.given([quizCreated(), answersSubmitted(sorted(), 3, 3)]).when(submitAnswers()).thenThrows(QuizError, 'ANSWERS_ALREADY_SUBMITTED');
    });

    it.each([
      ['a question left out', [choice('q-1', 'q-1-o-1')]],
      ['a question answered twice', [...rightAnswers(), choice('q-1', 'q-1-o-2')]],
      ['an option of another question', [choice('q-1', 'q-2-o-1'), choice('q-2', 'q-2-o-1')]],
      ['two options for a single choice', [choice('q-1', 'q-1-o-1', 'q-1-o-2'), choice('q-2', 'q-2-o-1')]],
      ['an unknown question', [...rightAnswers(), choice('q-9', 'q-9-o-1')]],
    ])('should refuse answers with %s', (_case, answers) => {
      spec.given([quizCreated()]).when(submitAnswers({ answers })).thenThrows(QuizError, 'ANSWERS_INVALID');
    });

    it('should refuse a rating out of 1–5 and an empty written answer in a survey', () => {
      const [first, , written] = surveyAnswers();
      spec.given([quizCreated('survey')]).when(submitAnswers({ answers: [first!, { questionId: 'q-2', optionIds: [], rating: 6, text: null }, written!] })).thenThrows(QuizError, 'ANSWERS_INVALID');
      spec.given([quizCreated('survey')]).when(submitAnswers({ answers: [first!, surveyAnswers()[1]!, { ...written!, text: ' ' }] })).thenThrows(QuizError, 'ANSWERS_INVALID');
    });

    it('should refuse answers while the campaign is not running', () => {
      spec.given([quizCreated()]).when(submitAnswers({ campaignStatus: 'ended' })).thenThrows(QuizError, 'CAMPAIGN_NOT_RUNNING');
    });

    it('should refuse an empty member id and an unknown quiz', () => {
      spec.given([quizCreated()]).when(submitAnswers({ memberId: '' })).thenThrows(QuizError, 'MEMBER_ID_INVALID');
      spec.given([]).when(submitAnswers()).thenThrows(QuizError, 'QUIZ_NOT_FOUND');
    });
  });
});
