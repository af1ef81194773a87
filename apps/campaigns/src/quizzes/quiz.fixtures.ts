import type { QuizDefinition } from './quiz-definition.rules';
import type { CreateQuiz, SubmitQuizAnswers } from './quiz.decider';
import { quizEventTypes, type QuizAnswer, type QuizEvent, type QuizQuestion } from './quiz.events';

export const aQuizDefinition = (overrides: Partial<QuizDefinition> = {}): QuizDefinition => ({
  campaignId: 'campaign-1',
  mode: 'quiz',
  title: '咖啡知识问答',
  questions: [
    { prompt: '意式浓缩的萃取时间？', kind: 'single_choice', options: [{ label: '25–30 秒', correct: true }, { label: '5 分钟', correct: false }], points: 2 },
    {
      prompt: '哪些是咖啡豆产区？',
      kind: 'multiple_choice',
      options: [{ label: '云南', correct: true }, { label: '埃塞俄比亚', correct: true }, { label: '冰岛', correct: false }],
    },
  ],
  ...overrides,
});

export const aSurveyDefinition = (): QuizDefinition => ({
  campaignId: 'campaign-1',
  mode: 'survey',
  title: '社群满意度调查',
  questions: [
    { prompt: '你最喜欢哪种活动？', kind: 'single_choice', options: [{ label: '线下沙龙', correct: false }, { label: '直播', correct: false }] },
    { prompt: '满意度', kind: 'rating', options: [] },
    { prompt: '建议', kind: 'text', options: [] },
  ],
});

export const quizQuestions: QuizQuestion[] = [
  { questionId: 'q-1', prompt: '意式浓缩的萃取时间？', kind: 'single_choice', options: [{ optionId: 'q-1-o-1', label: '25–30 秒' }, { optionId: 'q-1-o-2', label: '5 分钟' }], correctOptionIds: ['q-1-o-1'], points: 2 },
  {
    questionId: 'q-2',
    prompt: '哪些是咖啡豆产区？',
    kind: 'multiple_choice',
    options: [{ optionId: 'q-2-o-1', label: '云南' }, { optionId: 'q-2-o-2', label: '埃塞俄比亚' }, { optionId: 'q-2-o-3', label: '冰岛' }],
    correctOptionIds: ['q-2-o-1', 'q-2-o-2'],
    points: 1,
  },
];

export const surveyQuestions: QuizQuestion[] = [
  { questionId: 'q-1', prompt: '你最喜欢哪种活动？', kind: 'single_choice', options: [{ optionId: 'q-1-o-1', label: '线下沙龙' }, { optionId: 'q-1-o-2', label: '直播' }], correctOptionIds: [], points: 0 },
  { questionId: 'q-2', prompt: '满意度', kind: 'rating', options: [], correctOptionIds: [], points: 0 },
  { questionId: 'q-3', prompt: '建议', kind: 'text', options: [], correctOptionIds: [], points: 0 },
];

export const choice = (questionId: string, ...optionIds: string[]): QuizAnswer => ({ questionId, optionIds, rating: null, text: null });
export const rightAnswers = (): QuizAnswer[] => [choice('q-1', 'q-1-o-1'), choice('q-2', 'q-2-o-2', 'q-2-o-1')];
export const surveyAnswers = (): QuizAnswer[] => [choice('q-1', 'q-1-o-2'), { questionId: 'q-2', optionIds: [], rating: 4, text: null }, { questionId: 'q-3', optionIds: [], rating: null, text: ' 多办线下活动 ' }];

export const createQuiz = (definition = aQuizDefinition()): CreateQuiz => ({ type: 'CreateQuiz', quizId: 'quiz-1', definition, by: 'u-manager' });
export const submitAnswers = (overrides: Partial<SubmitQuizAnswers> = {}): SubmitQuizAnswers => ({
  type: 'SubmitQuizAnswers',
  memberId: 'member-1',
  answers: rightAnswers(),
  campaignStatus: 'running',
  by: 'u-operator',
  ...overrides,
});

export const quizCreated = (mode: 'quiz' | 'survey' = 'quiz'): QuizEvent => ({
  type: quizEventTypes.created,
  data: { quizId: 'quiz-1', campaignId: 'campaign-1', mode, title: mode === 'quiz' ? '咖啡知识问答' : '社群满意度调查', questions: mode === 'quiz' ? quizQuestions : surveyQuestions, createdBy: 'u-manager' },
});
export const answersSubmitted = (answers: QuizAnswer[], score: number | null, maxScore: number | null, memberId = 'member-1'): QuizEvent => ({
  type: quizEventTypes.answersSubmitted,
  data: { quizId: 'quiz-1', campaignId: 'campaign-1', memberId, answers, score, maxScore, submittedBy: 'u-operator' },
});
