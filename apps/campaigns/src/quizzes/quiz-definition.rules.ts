import { QuizError } from './quiz.error';
import { questionKinds, quizModes, type QuestionKind, type QuizMode, type QuizQuestion } from './quiz.events';

export interface QuestionDraft {
  prompt: string;
  kind: QuestionKind;
  options: { label: string; correct: boolean }[];
  /** Quiz only: what a right answer scores (1 when left out). */
  points?: number | null;
}

export interface QuizDefinition {
  campaignId: string;
  mode: QuizMode;
  title: string;
  questions: QuestionDraft[];
}

export const quizLimits = { title: 100, prompt: 500, label: 200, questions: 50, options: 20, points: 100, text: 2000 } as const;
const choiceKinds: readonly QuestionKind[] = ['single_choice', 'multiple_choice'];

function invalid(message: string, details?: Record<string, unknown>): never {
  throw new QuizError('QUIZ_INVALID', message, details);
}

function validQuestion(mode: QuizMode, draft: QuestionDraft, index: number): QuizQuestion {
  const at = { question: index + 1 };
  const prompt = draft.prompt.trim();
  if (!prompt || prompt.length > quizLimits.prompt) invalid(`A question is 1–${quizLimits.prompt} characters`, at);
  if (!questionKinds.includes(draft.kind)) invalid(`A question is one of ${questionKinds.join(', ')}`, at);
  const isChoice = choiceKinds.includes(draft.kind);
  if (isChoice && (draft.options.length < 2 || draft.options.length > quizLimits.options)) invalid(`A choice question has 2–${quizLimits.options} options`, at);
  if (!isChoice && draft.options.length > 0) invalid('Only choice questions have options', at);
  const questionId = `q-${index + 1}`;
  const options = draft.options.map((option, position) => {
    const label = option.label.trim();
    if (!label || label.length > quizLimits.label) invalid(`An option is 1–${quizLimits.label} characters`, at);
    return { optionId: `${questionId}-o-${position + 1}`, label, correct: option.correct };
  });
  const correctOptionIds = options.filter((option) => option.correct).map((option) => option.optionId);
  if (mode === 'survey') {
    if (correctOptionIds.length > 0) invalid('A survey has no answer key: no option is correct', at);
    return { questionId, prompt, kind: draft.kind, options: options.map(({ optionId, label }) => ({ optionId, label })), correctOptionIds: [], points: 0 };
  }
  if (!isChoice) invalid('A quiz is scored, so its questions are choice questions', at);
  if (correctOptionIds.length < 1 || (draft.kind === 'single_choice' && correctOptionIds.length !== 1)) invalid('A single choice has one right option, a multiple choice at least one', at);
  const points = draft.points ?? 1;
  if (!Number.isInteger(points) || points < 1 || points > quizLimits.points) invalid(`A question scores 1–${quizLimits.points} points`, at);
  return { questionId, prompt, kind: draft.kind, options: options.map(({ optionId, label }) => ({ optionId, label })), correctOptionIds, points };
}

/** The definition with ids given to questions and options in their order, or QUIZ_INVALID. */
export function validDefinition(definition: QuizDefinition): { mode: QuizMode; title: string; questions: QuizQuestion[] } {
  if (!quizModes.includes(definition.mode)) invalid('A quiz is a quiz or a survey');
  const title = definition.title.trim();
  if (!title || title.length > quizLimits.title) invalid(`The title is 1–${quizLimits.title} characters`);
  if (definition.questions.length < 1 || definition.questions.length > quizLimits.questions) invalid(`There are 1–${quizLimits.questions} questions`);
  return { mode: definition.mode, title, questions: definition.questions.map((question, index) => validQuestion(definition.mode, question, index)) };
}
