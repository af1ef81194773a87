import { graphqlHttpStatus } from './client-error-status.plugin';

const badInput = { message: 'member id is not a UUID', extensions: { code: 'BAD_USER_INPUT' } };
const internal = { message: 'Internal server error', extensions: { code: 'INTERNAL' } };

describe(graphqlHttpStatus.name, () => {
  it('should answer a request error the client caused, where nothing ran, with 400', () => {
    expect(graphqlHttpStatus({ errors: [badInput] }, undefined)).toBe(400);
    expect(graphqlHttpStatus({ errors: [badInput, badInput] }, 200)).toBe(400);
  });

  it('should answer 200 once execution started, even when every error is the client\'s and data is null', () => {
    expect(graphqlHttpStatus({ data: null, errors: [badInput] }, undefined)).toBeUndefined();
    expect(graphqlHttpStatus({ data: null, errors: [badInput] }, 400)).toBe(200);
    expect(graphqlHttpStatus({ data: { member: null }, errors: [badInput] }, 400)).toBe(200);
  });

  it('should leave other statuses and error-free answers alone', () => {
    expect(graphqlHttpStatus({ errors: [badInput, internal] }, 500)).toBe(500);
    expect(graphqlHttpStatus({ errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] }, 429)).toBe(429);
    expect(graphqlHttpStatus({ data: { ok: true } }, undefined)).toBeUndefined();
  });
});
