import { QuizError } from './quiz.error';
import { quizLimits } from './quiz-definition.rules';
import type { QuizAnswer, QuizQuestion } from './quiz.events';

function invalid(message: string, questionId?: string): never {
  throw new QuizError('ANSWERS_INVALID', message, questionId ? { questionId } : undefined);
}

function validAnswer(question: QuizQuestion, answer: QuizAnswer): QuizAnswer {
  const { questionId } = question;
  const optionIds = [...new Set(answer.optionIds)];
  if (question.kind === 'single_choice' || question.kind === 'multiple_choice') {
    const known = new Set(question.options.map((option) => option.optionId));
    if (optionIds.some((optionId) => !known.has(optionId))) invalid('An answer picks options of its own question', questionId);
    if (question.kind === 'single_choice' ? optionIds.length !== 1 : optionIds.length < 1) invalid('A single choice picks one option, a multiple choice at least one', questionId);
    return { questionId, optionIds: optionIds.sort(), rating: null, text: null };
  }
  if (optionIds.length > 0) invalid('Only choice questions take options', questionId);
  if (question.kind === 'rating') {
    if (!Number.isInteger(answer.rating) || answer.rating! < 1 || answer.rating! > 5) invalid('A rating is a whole number of 1–5', questionId);
    return { questionId, optionIds: [], rating: answer.rating, text: null };
  }
  const text = (answer.text ?? '').trim();
  if (!text || text.length > quizLimits.text) invalid(`A written answer is 1–${quizLimits.text} characters`, questionId);
  return { questionId, optionIds: [], rating: null, text };
}

/** Every question answered once, in the questionnaire's order, or ANSWERS_INVALID. */
export function validAnswers(questions: readonly QuizQuestion[], answers: readonly QuizAnswer[]): QuizAnswer[] {
  const byQuestion = new Map<string, QuizAnswer>();
  for (const answer of answers) {
    if (byQuestion.has(answer.questionId)) invalid('Each question is answered once', answer.questionId);
    byQuestion.set(answer.questionId, answer);
  }
  if (answers.some((answer) => !questions.some((question) => question.questionId === answer.questionId))) invalid('An answer is to a question of this quiz');
  return questions.map((question) => {
    const answer = byQuestion.get(question.questionId);
    if (!answer) invalid('Every question is answered', question.questionId);
    return validAnswer(question, answer);
  });
}

/** A question scores its points when exactly its right options were picked; nothing for a partly right answer. */
export function score(questions: readonly QuizQuestion[], answers: readonly QuizAnswer[]): { score: number; maxScore: number } {
  let total = 0;
  for (const question of questions) {
    const picked = answers.find((answer) => answer.questionId === question.questionId)?.optionIds ?? [];
    const right = [...question.correctOptionIds].sort();
    if (picked.length === right.length && picked.every((optionId, index) => optionId === right[index])) total += question.points;
  }
  return { score: total, maxScore: questions.reduce((sum, question) => sum + question.points, 0) };
}
