import type { Decider } from '@groundswell/event-store';
import { validDefinition, type QuizDefinition } from './quiz-definition.rules';
import { score, validAnswers } from './quiz-scoring';
import { QuizError } from './quiz.error';
import { quizEventTypes, type QuizAnswer, type QuizEvent, type QuizMode, type QuizQuestion } from './quiz.events';

export interface CreateQuiz {
  type: 'CreateQuiz';
  quizId: string;
  definition: QuizDefinition;
  by: string;
}
export interface SubmitQuizAnswers {
  type: 'SubmitQuizAnswers';
  memberId: string;
  answers: QuizAnswer[];
  campaignStatus: string;
  by: string;
}
export type QuizCommand = CreateQuiz | SubmitQuizAnswers;

export type QuizState =
  | { status: 'none' }
  | { status: 'created'; quizId: string; campaignId: string; mode: QuizMode; questions: QuizQuestion[]; respondents: ReadonlySet<string> };

const MAX_MEMBER_ID = 64;

function create(command: CreateQuiz, state: QuizState): QuizEvent[] {
  if (state.status !== 'none') throw new QuizError('QUIZ_EXISTS', 'This quiz exists already', { quizId: command.quizId });
  const { mode, title, questions } = validDefinition(command.definition);
  return [{ type: quizEventTypes.created, data: { quizId: command.quizId, campaignId: command.definition.campaignId, mode, title, questions, createdBy: command.by } }];
}

function submit(command: SubmitQuizAnswers, state: QuizState): QuizEvent[] {
  if (state.status === 'none') throw new QuizError('QUIZ_NOT_FOUND', 'No such quiz');
  const memberId = command.memberId.trim();
  if (!memberId || memberId.length > MAX_MEMBER_ID) throw new QuizError('MEMBER_ID_INVALID', `A member id is 1–${MAX_MEMBER_ID} characters`);
  if (state.respondents.has(memberId)) throw new QuizError('ANSWERS_ALREADY_SUBMITTED', 'The member has answered already; answers are submitted once', { memberId });
  if (command.campaignStatus !== 'running') throw new QuizError('CAMPAIGN_NOT_RUNNING', 'Members answer while the campaign runs', { status: command.campaignStatus });
  const answers = validAnswers(state.questions, command.answers);
  // A survey is tallied, never scored.
  const result = state.mode === 'quiz' ? score(state.questions, answers) : { score: null, maxScore: null };
  return [{ type: quizEventTypes.answersSubmitted, data: { quizId: state.quizId, campaignId: state.campaignId, memberId, answers, ...result, submittedBy: command.by } }];
}

export const quizDecider: Decider<QuizCommand, QuizEvent, QuizState> = {
  initialState: () => ({ status: 'none' }),
  decide: (command, state) => (command.type === 'CreateQuiz' ? create(command, state) : submit(command, state)),
  evolve: (state, event) => {
    if (event.type === quizEventTypes.created) {
      const { quizId, campaignId, mode, questions } = event.data;
      return { status: 'created', quizId, campaignId, mode, questions, respondents: new Set() };
    }
    if (state.status === 'none') return state;
    return { ...state, respondents: new Set(state.respondents).add(event.data.memberId) };
  },
};
