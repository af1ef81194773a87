import { deadLetterTopic } from '@groundswell/events';
import { deadLetterHeadersFor, deadLetterTopicOf, headerText, replayHeadersFor, type DeadLetterFailure } from './dead-letter-headers';

const failure = (overrides: Partial<DeadLetterFailure> = {}): DeadLetterFailure => ({
  error: Object.assign(new Error('amount must be positive'), { code: 'INVALID_AMOUNT' }),
  consumerGroup: 'analytics.kpi',
  topic: 'gs.members.member',
  partition: 2,
  offset: '41',
  attempts: 5,
  failedAt: new Date('2025-03-01T08:00:00.000Z'),
  ...overrides,
});

const original = { ce_id: Buffer.from('0195-id'), 'content-type': Buffer.from('application/json') };

describe(deadLetterHeadersFor.name, () => {
  it('should keep the original headers and add the failure', () => {
    expect(deadLetterHeadersFor(original, failure())).toEqual({
      ...original,
      dlq_error: 'amount must be positive',
      dlq_error_code: 'INVALID_AMOUNT',
      dlq_original_topic: 'gs.members.member',
      dlq_original_partition: '2',
      dlq_original_offset: '41',
      dlq_consumer_group: 'analytics.kpi',
      dlq_attempts: '5',
      dlq_failed_at: '2025-03-01T08:00:00.000Z',
    });
  });

  it('should leave out the error code when the error has no string code', () => {
    const headers = deadLetterHeadersFor(original, failure({ error: Object.assign(new Error('boom'), { code: 42 }) }));
    expect(headers).not.toHaveProperty('dlq_error_code');
    expect(headers.dlq_error).toBe('boom');
  });

  it('should describe errors that are not Error objects', () => {
    expect(deadLetterHeadersFor(undefined, failure({ error: 'plain text' })).dlq_error).toBe('plain text');
    expect(deadLetterHeadersFor(undefined, failure({ error: { reason: 'x' } })).dlq_error).toBe('{"reason":"x"}');
  });

  it('should truncate very long error messages', () => {
    const headers = deadLetterHeadersFor(original, failure({ error: new Error('x'.repeat(100_000)) }));
    expect(String(headers.dlq_error).length).toBe(4_000);
  });

  it('should replace the failure headers of an earlier dead-lettering but keep when it was replayed', () => {
    const replayed = { ...original, dlq_replayed_at: '2025-03-02T00:00:00.000Z', dlq_attempts: '1', dlq_error_code: 'OLD' };
    const headers = deadLetterHeadersFor(replayed, failure({ error: new Error('again') }));
    expect(headers).toMatchObject({ dlq_replayed_at: '2025-03-02T00:00:00.000Z', dlq_attempts: '5', dlq_error: 'again' });
    expect(headers).not.toHaveProperty('dlq_error_code');
  });
});

describe(replayHeadersFor.name, () => {
  it('should strip every dlq_ header and record when it was replayed', () => {
    const deadLetter = deadLetterHeadersFor(original, failure());
    expect(replayHeadersFor(deadLetter, new Date('2025-03-03T00:00:00.000Z'))).toEqual({
      ...original,
      dlq_replayed_at: '2025-03-03T00:00:00.000Z',
    });
  });
});

describe(headerText.name, () => {
  it('should read buffers, strings and the first of repeated values', () => {
    expect(headerText({ a: Buffer.from('one') }, 'a')).toBe('one');
    expect(headerText({ a: 'two' }, 'a')).toBe('two');
    expect(headerText({ a: [Buffer.from('three'), 'four'] }, 'a')).toBe('three');
    expect(headerText({}, 'a')).toBeUndefined();
    expect(headerText(undefined, 'a')).toBeUndefined();
  });
});

describe(deadLetterTopicOf.name, () => {
  it('should name the same topic as the event catalogue', () => {
    expect(deadLetterTopicOf('analytics.kpi-projector')).toBe(deadLetterTopic('analytics.kpi-projector'));
  });
});
