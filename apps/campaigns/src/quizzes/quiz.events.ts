export const quizModes = ['quiz', 'survey'] as const;
export type QuizMode = (typeof quizModes)[number];
export const questionKinds = ['single_choice', 'multiple_choice', 'rating', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export interface QuizQuestion {
  questionId: string;
  prompt: string;
  kind: QuestionKind;
  options: { optionId: string; label: string }[];
  /** The answer key: empty in a survey. */
  correctOptionIds: string[];
  /** What a right answer scores in a quiz; 0 in a survey. */
  points: number;
}

export interface QuizAnswer {
  questionId: string;
  optionIds: string[];
  /** 1–5, for a rating question. */
  rating: number | null;
  text: string | null;
}

export const quizEventTypes = {
  created: 'groundswell.campaigns.QuizCreated.v1',
  answersSubmitted: 'groundswell.campaigns.QuizAnswersSubmitted.v1',
} as const;

export type QuizCreated = {
  type: typeof quizEventTypes.created;
  data: { quizId: string; campaignId: string; mode: QuizMode; title: string; questions: QuizQuestion[]; createdBy: string };
};
export type QuizAnswersSubmitted = {
  type: typeof quizEventTypes.answersSubmitted;
  data: { quizId: string; campaignId: string; memberId: string; answers: QuizAnswer[]; score: number | null; maxScore: number | null; submittedBy: string };
};
export type QuizEvent = QuizCreated | QuizAnswersSubmitted;

export const quizStreamType = 'quiz';
export const quizStream = (quizId: string) => ({ streamId: `${quizStreamType}-${quizId}`, streamType: quizStreamType });
