import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, payloadOf, type Payload } from '@groundswell/service-kit';
import { questionKinds, quizModes, type QuestionKind, type QuizMode } from '../quiz.events';

const QuizModeEnum = Object.fromEntries(quizModes.map((mode) => [mode, mode])) as Record<QuizMode, QuizMode>;
registerEnumType(QuizModeEnum, { name: 'QuizMode', description: 'quiz: scored against an answer key; survey: answers tallied, never scored' });
const QuestionKindEnum = Object.fromEntries(questionKinds.map((kind) => [kind, kind])) as Record<QuestionKind, QuestionKind>;
registerEnumType(QuestionKindEnum, { name: 'QuizQuestionKind', description: 'rating is 1–5; text is a written answer' });

@ObjectType()
export class QuizOption {
  @Field(() => ID)
  optionId!: string;

  @Field()
  label!: string;

  @Field(() => Int, { description: 'Members who picked it' })
  count!: number;
}

@ObjectType()
export class QuizQuestion {
  @Field(() => ID)
  questionId!: string;

  @Field()
  prompt!: string;

  @Field(() => QuestionKindEnum)
  kind!: QuestionKind;

  @Field(() => [QuizOption])
  options!: QuizOption[];

  @Field(() => [ID], { description: 'The answer key; empty in a survey' })
  correctOptionIds!: string[];

  @Field(() => Int, { description: 'What a right answer scores; 0 in a survey' })
  points!: number;

  @Field(() => Int, { description: 'Ratings given (rating questions)' })
  ratingCount!: number;

  @Field(() => Float, { nullable: true, description: 'Mean rating, 2 decimals' })
  averageRating!: number | null;
}

@ObjectType({ description: 'A quiz or survey of a campaign with its tallies so far (CMP-05, CMP-11)' })
export class Quiz {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  campaignId!: string;

  @Field(() => QuizModeEnum)
  mode!: QuizMode;

  @Field()
  title!: string;

  @Field(() => [QuizQuestion])
  questions!: QuizQuestion[];

  @Field(() => Int)
  submissions!: number;

  @Field()
  createdAt!: Date;

  @Field()
  createdBy!: string;
}

@ObjectType()
export class QuizAnswer {
  @Field(() => ID)
  questionId!: string;

  @Field(() => [ID], { description: 'Picked options (choice questions)' })
  optionIds!: string[];

  @Field(() => Int, { nullable: true, description: '1–5 (rating questions)' })
  rating!: number | null;

  @Field(() => String, { nullable: true, description: 'Written answer (text questions), 1–2,000 characters' })
  text!: string | null;
}

@ObjectType({ description: 'One member\'s answers to a quiz or survey' })
export class QuizSubmission {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  quizId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => [QuizAnswer])
  answers!: QuizAnswer[];

  @Field(() => Int, { nullable: true, description: 'Points scored; null for a survey' })
  score!: number | null;

  @Field(() => Int, { nullable: true })
  maxScore!: number | null;

  @Field({ description: 'When it was submitted' })
  createdAt!: Date;
}

export const QuizConnection = connectionOf(Quiz, 'Quiz');
export const QuizSubmissionConnection = connectionOf(QuizSubmission, 'QuizSubmission');

@InputType()
export class QuizOptionInput {
  @Field({ description: '1–200 characters' })
  label!: string;

  @Field({ defaultValue: false, description: 'Part of the answer key (quiz only)' })
  correct!: boolean;
}

@InputType()
export class QuizQuestionInput {
  @Field({ description: '1–500 characters' })
  prompt!: string;

  @Field(() => QuestionKindEnum)
  kind!: QuestionKind;

  @Field(() => [QuizOptionInput], { defaultValue: [], description: '2–20 for choice questions, none otherwise' })
  options!: QuizOptionInput[];

  @Field(() => Int, { nullable: true, description: 'Quiz only: 1–100 points for a right answer (1 when left out)' })
  points?: number | null;
}

@InputType()
export class CreateQuizInput {
  @Field(() => ID)
  campaignId!: string;

  @Field(() => QuizModeEnum)
  mode!: QuizMode;

  @Field({ description: '1–100 characters' })
  title!: string;

  @Field(() => [QuizQuestionInput], { description: '1–50 questions' })
  questions!: QuizQuestionInput[];
}

@InputType()
export class QuizAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Picked options (choice questions)' })
  optionIds!: string[];

  @Field(() => Int, { nullable: true, description: '1–5 (rating questions)' })
  rating?: number | null;

  @Field(() => String, { nullable: true, description: 'Written answer (text questions), 1–2,000 characters' })
  text?: string | null;
}

@InputType()
export class SubmitQuizAnswersInput {
  @Field(() => ID)
  quizId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => [QuizAnswerInput], { description: 'One answer to every question' })
  answers!: QuizAnswerInput[];
}

export const QuizPayload = payloadOf('QuizPayload', 'quiz', Quiz);
export type QuizPayload = Payload<'quiz', Quiz>;

export const QuizSubmissionPayload = payloadOf('QuizSubmissionPayload', 'submission', QuizSubmission);
export type QuizSubmissionPayload = Payload<'submission', QuizSubmission>;
