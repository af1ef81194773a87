import { EventContractError } from '@groundswell/events';
import { classifyFailure } from './failure-kind';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe(classifyFailure.name, () => {
  it.each([
    ['a terminated backend (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['a crash shutdown (57P02)', withCode('57P02')],
    ['a server still starting (57P03)', withCode('57P03')],
    ['a connection exception (class 08)', withCode('08006')],
    ['too many connections (53300)', withCode('53300')],
    ['a serialization failure (40001)', withCode('40001')],
    ['a deadlock (40P01)', withCode('40P01')],
    ['a refused connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', withCode('ECONNRESET')],
    ['a dropped socket', new Error('Connection terminated unexpectedly')],
    ['an exhausted pool', new Error('timeout exceeded when trying to connect')],
  ])('should classify %s as transient', (_, error) => {
    expect(classifyFailure(error)).toBe('transient');
  });

  it('should look through the cause chain', () => {
    const wrapped = new Error('projection failed', { cause: withCode('57P01') });
    expect(classifyFailure(wrapped)).toBe('transient');
  });

  it('should look into an AggregateError from a dual-stack connect', () => {
    const error = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed');
    expect(classifyFailure(error)).toBe('transient');
  });

  it('should classify a broken event contract as permanent', () => {
    expect(classifyFailure(new EventContractError('MALFORMED_EVENT', 'missing ce_id'))).toBe('permanent');
  });

  it.each([
    ['a handler bug', new TypeError("Cannot read properties of undefined (reading 'amount')")],
    ['a constraint violation (23505)', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error (42601)', withCode('42601')],
    ['a thrown string', 'nope'],
    ['undefined', undefined],
  ])('should classify %s as retryable', (_, error) => {
    expect(classifyFailure(error)).toBe('retryable');
  });
});
