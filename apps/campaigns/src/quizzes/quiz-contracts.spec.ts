import { randomUUID } from 'node:crypto';
import { createEnvelope, createEventRegistry } from '@groundswell/events';
import { quizDecider } from './quiz.decider';
import { aSurveyDefinition, createQuiz, quizCreated, submitAnswers, surveyAnswers } from './quiz.fixtures';

// Analytics and every other consumer decode the relay's messages with the libs/events contracts.
describe('quiz event contracts', () => {
  const registry = createEventRegistry();
  const decodes = (event: { type: string; data: unknown }) =>
    registry.decode(createEnvelope({ type: event.type, data: event.data, subject: `quiz-${randomUUID()}`, tenantid: 'tenant-a', streamversion: 1, time: new Date() }));
  const decided = (mode: 'quiz' | 'survey') => {
    const created = quizDecider.decide(mode === 'quiz' ? createQuiz() : createQuiz(aSurveyDefinition()), quizDecider.initialState());
    const state = created.reduce(quizDecider.evolve, quizDecider.initialState());
    return [...created, ...quizDecider.decide(mode === 'quiz' ? submitAnswers() : submitAnswers({ answers: surveyAnswers() }), state)];
  };

  it('should decode every quiz and survey event the decider makes under its contract', () => {
    const events = [...decided('quiz'), ...decided('survey')];
    expect(events).toHaveLength(4);
    for (const event of events) expect(decodes(event).data).toEqual(event.data);
  });

  it('should refuse a created event without questions', () => {
    const event = quizCreated();
    expect(() => decodes({ ...event, data: { ...event.data, questions: [] } })).toThrow();
  });
});
